package io.socialdesk.channel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What a network answered when asked for posts' public counts. Expected failures are values. */
public sealed interface EngagementRead {
    /**
     * Counts by the network's post id. A post asked for and missing here is gone or no longer visible (deleted,
     * made private, author suspended): there is nothing left to spread. {@code edits}: the posts read whose author
     * edited them, where the network says so in the same read.
     */
    record Counted(Map<String, Engagement> counts, Map<String, Edit> edits) implements EngagementRead {
        public Counted {
            counts = Map.copyOf(counts);
            edits = Map.copyOf(edits);
        }

        /** Counts from a network that shows no edits. */
        public Counted(Map<String, Engagement> counts) {
            this(counts, Map.of());
        }
    }

    /** Rate limited (until {@code retryAfter} when the network said), credentials refused, or the network down. */
    record Stopped(Optional<Instant> retryAfter, String reason) implements EngagementRead {
        /** A driver's refusal as its fetches report it (rate limit, refused credentials, billing, outage). */
        public static Stopped of(FetchResult refusal) {
            return switch (refusal) {
                case FetchResult.RateLimited limited -> new Stopped(Optional.of(limited.resetAt()), "rate limited");
                case FetchResult.AuthFailed auth -> new Stopped(Optional.empty(), auth.reason());
                case FetchResult.BillingPaused billing -> new Stopped(Optional.empty(), billing.reason());
                case FetchResult.Unavailable down -> new Stopped(Optional.empty(), down.reason());
                case FetchResult.Page page -> throw new IllegalArgumentException("a page is not a refusal");
            };
        }
    }
}
