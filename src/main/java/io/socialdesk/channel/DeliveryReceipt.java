package io.socialdesk.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * A network's report on one of our sent replies (WhatsApp's message statuses): {@code externalId} is the network's id
 * of our message; {@code failure} says why, for {@link State#FAILED}.
 */
public record DeliveryReceipt(String externalId, State state, Instant at, Optional<String> failure) {
    public enum State {
        SENT,
        DELIVERED,
        READ,
        FAILED;

        /**
         * Whether this report replaces {@code current}. Reports arrive out of order (read before delivered), so a
         * reply never goes back to an earlier state, and one the customer's phone received cannot fail afterwards.
         */
        public boolean supersedes(Optional<State> current) {
            if (current.isEmpty()) {
                return true;
            }
            if (this == FAILED) {
                return current.get() == SENT;
            }
            return current.get() != FAILED && ordinal() > current.get().ordinal();
        }
    }
}
