package io.socialdesk.channel;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One post as a driver reads it, already in plain text (never HTML). {@code externalId} is the network's id of the
 * post and, per account, the dedupe key; {@code inReplyTo} and {@code conversationId} are what threading uses;
 * {@code media} what the customer attached, in the order they attached it; {@code context} the post it answers or
 * quotes, where the network delivers that with it.
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
        Optional<String> language,
        List<Media> media,
        Optional<PostContext> context) {

    public InboundPost {
        media = List.copyOf(media);
    }

    /** A post whose context the network does not deliver with it. */
    public InboundPost(String externalId, PostKind kind, String text, Optional<URI> url, Author author,
                       Instant occurredAt, Optional<String> conversationId, Optional<String> inReplyTo,
                       Optional<String> language, List<Media> media) {
        this(externalId, kind, text, url, author, occurredAt, conversationId, inReplyTo, language, media,
                Optional.empty());
    }

    /** A post without media (and a call). */
    public InboundPost(String externalId, PostKind kind, String text, Optional<URI> url, Author author,
                       Instant occurredAt, Optional<String> conversationId, Optional<String> inReplyTo,
                       Optional<String> language) {
        this(externalId, kind, text, url, author, occurredAt, conversationId, inReplyTo, language, List.of());
    }

    /** The same post with the post it answers or quotes, read separately. */
    public InboundPost withContext(PostContext found) {
        return new InboundPost(externalId, kind, text, url, author, occurredAt, conversationId, inReplyTo, language,
                media, Optional.of(found));
    }
}
