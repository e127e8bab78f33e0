package io.socialdesk.viral;

import io.socialdesk.channel.ChannelAccount;
import java.time.Instant;

/**
 * What happens to a customer's post the network no longer shows (deleted by its author, made private, its author
 * suspended): X's and Meta's platform terms require an app to stop showing such content, so what SocialDesk keeps
 * and wrote of it goes. Called before the post is marked gone, and safe to repeat: a crash in between withdraws it
 * again, never not at all.
 */
public interface DeletedPosts {
    void withdraw(ChannelAccount account, long interactionId, Instant noticedAt);
}
