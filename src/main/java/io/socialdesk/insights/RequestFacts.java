package io.socialdesk.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the rollup knows of one request: the channel it came in on and when, its request type (0: not known), its first
 * response (a reply in kind or a public agent comment) and, where JSM's SLA measured it, the SLA's time to first
 * response; since when it has waited (empty: answered), and its social contacts and their channels.
 */
public record RequestFacts(long issueId, String channel, int requestTypeId, Instant firstContactAt,
                           Optional<Instant> firstResponseAt, Optional<Duration> slaResponse,
                           Optional<Instant> waitingSince, Instant lastContactAt, int contacts,
                           List<String> channels) {
    public RequestFacts {
        channels = List.copyOf(channels);
    }

    /** The time to first response: the SLA's where JSM measured it, else the clock's; empty: not answered. */
    public Optional<Duration> timeToFirstResponse() {
        return slaResponse.or(() -> firstResponseAt.map(at -> Duration.between(firstContactAt, at)));
    }
}
