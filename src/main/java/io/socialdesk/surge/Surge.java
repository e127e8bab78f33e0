package io.socialdesk.surge;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A surge of posts to one account. {@code incidentIssueId} is the request that gathers its similar posts (empty
 * until it is created); {@code terms} are the incident's words, empty until its first cluster formed.
 */
public record Surge(long id, long accountId, Instant startedAt, Optional<Instant> endedAt, double threshold,
                    double usual, double peak, Optional<Long> incidentIssueId, Map<CharSequence, Integer> terms) {
    public boolean active() {
        return endedAt.isEmpty();
    }
}
