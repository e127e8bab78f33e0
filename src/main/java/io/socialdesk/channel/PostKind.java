package io.socialdesk.channel;

/** How a contact reached the company: in public (mention, reply), privately, or by phone. */
public enum PostKind {
    MENTION,
    DIRECT_MESSAGE,
    /**
     * Seen only by its author's followers and those it mentions (Mastodon's {@code private} visibility): a reply to it
     * is never more public than it.
     */
    FOLLOWERS_ONLY,
    /** Pushed by the telephony system, never read by a driver. */
    CALL
}
