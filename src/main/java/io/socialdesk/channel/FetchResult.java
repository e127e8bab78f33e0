package io.socialdesk.channel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one fetch from a network gave. Expected failures are values, not exceptions: the poller turns each into the
 * account's health (back off until a reset, stop on bad credentials, retry later on outages).
 */
public sealed interface FetchResult {
    /**
     * A page of posts, oldest first. {@code cursor} is where the next fetch continues (store it in the same
     * transaction as the posts); {@code more} says another page is already waiting; {@code throttledUntil} is set
     * when the network said this was the last request allowed before a reset. {@code unreadable} describes items
     * the network sent that could not be read as posts (no id, no time): they are logged and passed over, so one
     * odd item never stalls an account. {@code notice}: what the admin should know although reading worked (the
     * network itself hides some posts from SocialDesk); it stays in the account's health until a page without it.
     */
    record Page(List<InboundPost> posts, Optional<String> cursor, boolean more, Optional<Instant> throttledUntil,
                List<String> unreadable, Optional<String> notice) implements FetchResult {
        public Page {
            posts = List.copyOf(posts);
            unreadable = List.copyOf(unreadable);
        }

        public Page(List<InboundPost> posts, Optional<String> cursor, boolean more, Optional<Instant> throttledUntil,
                    List<String> unreadable) {
            this(posts, cursor, more, throttledUntil, unreadable, Optional.empty());
        }

        public Page(List<InboundPost> posts, Optional<String> cursor, boolean more, Optional<Instant> throttledUntil) {
            this(posts, cursor, more, throttledUntil, List.of());
        }
    }

    record RateLimited(Instant resetAt) implements FetchResult {
    }

    record AuthFailed(String reason) implements FetchResult {
    }

    record BillingPaused(String reason) implements FetchResult {
    }

    /** Outage, timeout or a body we could not read: worth retrying with backoff. */
    record Unavailable(String reason) implements FetchResult {
    }
}
