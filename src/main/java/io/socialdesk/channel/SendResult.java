package io.socialdesk.channel;

import java.net.URI;
import java.util.Optional;

/** What a network answered to a reply. Expected failures are values: the agent is told why, nothing claims success. */
public sealed interface SendResult {
    /** Posted; {@code externalId} is the network's id of our post, which the next poll must recognise as ours. */
    record Sent(String externalId, Optional<URI> url) implements SendResult {
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
