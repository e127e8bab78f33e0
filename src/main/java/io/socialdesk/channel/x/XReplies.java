package io.socialdesk.channel.x;

import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replies on X: {@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id} for mentions, and
 * {@code POST /2/dm_conversations/with/:participant_id/messages} for direct messages. X has no idempotency key: a
 * send that timed out is reported as such, never blindly repeated.
 */
final class XReplies {
    private final XCalls calls;

    XReplies(XCalls calls) {
        this.calls = calls;
    }

    SendResult post(URI apiBaseUrl, XSigner signer, OutboundReply reply) {
        if (!PostIds.valid(reply.inReplyToExternalId())) {
            return new SendResult.Failed(SendFailure.REFUSED, "not an X post id: " + reply.inReplyToExternalId());
        }
        Uploads uploads = upload(apiBaseUrl, signer, reply, "tweet");
        if (uploads.failed().isPresent()) {
            return uploads.failed().get();
        }
        JsonObject body = new JsonObject();
        body.addProperty("text", reply.text());
        if (!uploads.ids().isEmpty()) {
            JsonObject media = new JsonObject();
            JsonArray ids = new JsonArray();
            uploads.ids().forEach(ids::add);
            media.add("media_ids", ids);
            body.add("media", media);
        }
        JsonObject to = new JsonObject();
        to.addProperty("in_reply_to_tweet_id", reply.inReplyToExternalId());
        body.add("reply", to);
        return result(calls.postJson(apiBaseUrl, "/2/tweets", body.toString(), signer), "id",
                id -> Optional.of(URI.create("https://x.com/i/web/status/" + id)));
    }

    SendResult directMessage(URI apiBaseUrl, XSigner signer, OutboundReply reply) {
        if (!PostIds.valid(reply.recipientUserId())) {
            return new SendResult.Failed(SendFailure.REFUSED, "not an X user id: " + reply.recipientUserId());
        }
        Uploads uploads = upload(apiBaseUrl, signer, reply, "dm");
        if (uploads.failed().isPresent()) {
            return uploads.failed().get();
        }
        JsonObject body = new JsonObject();
        body.addProperty("text", reply.text());
        if (!uploads.ids().isEmpty()) {
            JsonArray attachments = new JsonArray();
            uploads.ids().forEach(id -> {
                JsonObject attachment = new JsonObject();
                attachment.addProperty("media_id", id);
                attachments.add(attachment);
            });
            body.add("attachments", attachments);
        }
        return result(calls.postJson(apiBaseUrl, "/2/dm_conversations/with/" + reply.recipientUserId()
                + "/messages", body.toString(), signer), "dm_event_id", id -> Optional.empty());
    }

    /** The media ids of the reply's pictures, uploaded in order; or why the reply was not sent. */
    private record Uploads(List<String> ids, Optional<SendResult> failed) {
    }

    /**
     * {@code POST /2/media/upload}, multipart {@code media} and {@code media_category} ({@code tweet_image},
     * {@code tweet_gif}, {@code dm_image}, {@code dm_gif}), answered with {@code data.id}
     * (docs.x.com, x-api/media/image-or-subtitle-media-upload).
     */
    private Uploads upload(URI apiBaseUrl, XSigner signer, OutboundReply reply, String use) {
        List<String> ids = new java.util.ArrayList<>();
        for (io.socialdesk.channel.ReplyMedia file : reply.media()) {
            String category = use + (file.type().equals("image/gif") ? "_gif" : "_image");
            SendResult uploaded = result(calls.postMultipart(apiBaseUrl, "/2/media/upload",
                    new io.socialdesk.channel.wire.Multipart().file("media", file.name(), file.type(), file.bytes())
                            .field("media_category", category), signer), "id", id -> Optional.empty());
            if (!(uploaded instanceof SendResult.Sent sent)) {
                return new Uploads(List.of(), Optional.of(uploaded));
            }
            ids.add(sent.externalId());
        }
        return new Uploads(ids, Optional.empty());
    }

    private static SendResult result(Exchange exchange, String idField, Function<String, Optional<URI>> link) {
        if (exchange instanceof Exchange.Failed failed) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, failed.detail() + (failed.ambiguous()
                    ? "; the reply may or may not have been posted" : "; nothing was sent"));
        }
        Exchange.Answer answer = (Exchange.Answer) exchange;
        if (!answer.ok()) {
            return failure(answer);
        }
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> object(json.getAsJsonObject(), "data"))
                .flatMap(data -> string(data, idField))
                .<SendResult>map(id -> new SendResult.Sent(id, link.apply(id)))
                .orElseGet(() -> new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "X accepted the reply but its answer was unreadable; check the post on X"));
    }

    private static SendResult failure(Exchange.Answer answer) {
        String detail = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> string(json.getAsJsonObject(), "detail")
                        .or(() -> string(json.getAsJsonObject(), "title")))
                .orElse("");
        String reason = "HTTP " + answer.status() + (detail.isBlank() ? "" : ": " + abbreviate(detail));
        return switch (answer.status()) {
            case 401 -> new SendResult.Failed(SendFailure.AUTH_FAILED, reason);
            case 402 -> new SendResult.Failed(SendFailure.BILLING_PAUSED, reason);
            case 429 -> new SendResult.Failed(SendFailure.RATE_LIMITED, reason);
            // 403: duplicate text, the customer does not accept DMs, or the post cannot be replied to
            case 400, 403, 404 -> new SendResult.Failed(SendFailure.REFUSED, reason);
            default -> new SendResult.Failed(SendFailure.UNAVAILABLE, reason);
        };
    }

    private static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ").trim();
        return single.length() <= 200 ? single : single.substring(0, 200) + "…";
    }
}
