package io.socialdesk.viral;

import io.socialdesk.channel.Engagement;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A customer's public post on a request whose counts SocialDesk re-reads: what it needs to ask the network
 * ({@code externalId}), to judge the counts (the author's followers when the post arrived) and to tell Jira
 * ({@code issueId}, handle, link). {@code counts} and {@code readAt} are from the last read (empty before the first);
 * {@code flaggedAt} is when it was found at risk.
 */
public record WatchedPost(long interactionId, long issueId, String externalId, String authorHandle,
                          OptionalLong followers, Optional<URI> url, Instant occurredAt,
                          Optional<Engagement> counts, Optional<Instant> readAt, Optional<Instant> flaggedAt) {
    public boolean flagged() {
        return flaggedAt.isPresent();
    }
}
