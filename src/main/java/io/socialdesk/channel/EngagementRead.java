package io.socialdesk.channel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What a network answered when asked for posts' public counts. Expected failures are values. */
public sealed interface EngagementRead {
    /**
     * Counts by the network's post id. A post asked for and missing here is gone or no longer visible (deleted,
     * made private, author suspended): there is nothing left to spread.
     */
    record Counted(Map<String, Engagement> counts) implements EngagementRead {
        public Counted {
            counts = Map.copyOf(counts);
        }
    }

    /** Rate limited (until {@code retryAfter} when the network said), credentials refused, or the network down. */
    record Stopped(Optional<Instant> retryAfter, String reason) implements EngagementRead {
    }
}
