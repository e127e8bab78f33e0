package io.socialdesk.channel;

import java.net.URI;
import java.util.Optional;

/** What a network answered to a reply. Expected failures are values: the agent is told why, nothing claims success. */
public sealed interface SendResult {
    /**
     * Posted; {@code externalId} is the network's id of our post, which the next poll must recognise as ours;
     * {@code note}: what the agent should know of how it went out, where the driver had to send it differently (a
     * template, because the customer's window had closed).
     */
    record Sent(String externalId, Optional<URI> url, Optional<String> note) implements SendResult {
        public Sent(String externalId, Optional<URI> url) {
            this(externalId, url, Optional.empty());
        }
    }

    record Failed(SendFailure failure, String reason) implements SendResult {
    }

    enum SendFailure {
        /** The network refused this reply (too long, duplicate, the post is gone, not allowed to DM). */
        REFUSED,
        RATE_LIMITED,
        AUTH_FAILED,
        BILLING_PAUSED,
        /** Outage or timeout: the reply may or may not have been posted. */
        UNAVAILABLE
    }
}
