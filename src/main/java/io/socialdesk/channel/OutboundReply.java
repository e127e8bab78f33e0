package io.socialdesk.channel;

import java.util.List;

/**
 * A reply an agent sends to a customer's post, on the post's own network and in its own kind: a public reply to a
 * mention, a direct message to a direct message. {@code idempotencyKey} is stable per reply, so a network that
 * honours one (Mastodon) posts it once even when a send is retried after a lost response. {@code media}: pictures sent
 * with it, uploaded by the driver first.
 */
public record OutboundReply(String inReplyToExternalId, PostKind kind, String recipientUserId,
                            String recipientHandle, String text, String idempotencyKey, List<ReplyMedia> media) {
    public OutboundReply {
        media = List.copyOf(media);
    }

    /** A reply in words only. */
    public OutboundReply(String inReplyToExternalId, PostKind kind, String recipientUserId, String recipientHandle,
                         String text, String idempotencyKey) {
        this(inReplyToExternalId, kind, recipientUserId, recipientHandle, text, idempotencyKey, List.of());
    }
}
