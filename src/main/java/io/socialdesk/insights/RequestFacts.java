package io.socialdesk.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the rollup knows of one request with social contacts or calls: its first contact's channel and time, its first
 * answer in kind, since when it has waited (empty: answered), and its contacts and their channels.
 */
public record RequestFacts(long issueId, String channel, Instant firstContactAt, Optional<Instant> firstResponseAt,
                           Optional<Instant> waitingSince, Instant lastContactAt, int contacts,
                           List<String> channels) {
    public RequestFacts {
        channels = List.copyOf(channels);
    }
}
