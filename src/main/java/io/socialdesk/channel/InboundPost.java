package io.socialdesk.channel;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One post as a driver reads it, already in plain text (never HTML). {@code externalId} is the network's id of the
 * post and, per account, the dedupe key; {@code inReplyTo} and {@code conversationId} are what threading uses.
 */
public record InboundPost(
        String externalId,
        PostKind kind,
        String text,
        Optional<URI> url,
        Author author,
        Instant occurredAt,
        Optional<String> conversationId,
        Optional<String> inReplyTo,
        Optional<String> language) {
}
