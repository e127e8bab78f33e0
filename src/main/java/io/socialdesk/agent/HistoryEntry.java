package io.socialdesk.agent;

import io.socialdesk.channel.ChannelKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a customer's timeline: a post in, a reply out, or a call. {@code failure} is set on a reply the
 * network did not take; {@code callDuration} and {@code disposition} only on calls.
 */
public record HistoryEntry(long id, ChannelKind channel, Direction direction, String kind, String text,
                           Optional<URI> url, String authorHandle, String authorName, OptionalLong followers,
                           Instant occurredAt, Optional<Long> issueId, Optional<Duration> callDuration,
                           Optional<String> disposition, Optional<String> failure) {
    public enum Direction {
        INBOUND,
        OUTBOUND
    }
}
