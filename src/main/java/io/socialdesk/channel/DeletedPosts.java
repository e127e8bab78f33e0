package io.socialdesk.channel;

/**
 * What a network's terms say about a post its author deleted, once an app has read it: it must go from everything
 * the app keeps and shows (X's Developer Policy, content compliance; Meta's Platform Terms), or the admin may choose
 * to keep it (Mastodon and Bluesky set no such rule for apps; Bluesky's Developer Guidelines ask only for a way to
 * delete content a user asks to have deleted, which SocialDesk's erasure is).
 */
public enum DeletedPosts {
    MUST_GO,
    MAY_STAY
}
