package io.socialdesk.viral;

import io.socialdesk.channel.ChannelAccount;
import java.time.Instant;

/** What a re-read of a customer's post shows changed since SocialDesk took it in: it was deleted, or edited. */
public interface PostChanges {
    /**
     * The network no longer shows the post (deleted by its author, made private, its author suspended): X's and
     * Meta's platform terms require an app to stop showing such content, so what SocialDesk keeps and wrote of it
     * goes. Called before the post is marked gone, and safe to repeat: a crash in between withdraws it again, never
     * not at all.
     */
    void withdraw(ChannelAccount account, long interactionId, Instant noticedAt);

    /**
     * The author edited the post: the history shows the new words, marked edited, and its request gets them in a
     * short note; never a new request. Applied once per edit (a later read of the same edit changes nothing).
     */
    void edited(ChannelAccount account, long interactionId, long issueId, io.socialdesk.channel.Edit edit);
}
