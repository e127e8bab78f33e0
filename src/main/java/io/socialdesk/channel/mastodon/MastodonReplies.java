package io.socialdesk.channel.mastodon;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/statuses} with {@code in_reply_to_id}, and {@code media_ids} of the pictures uploaded first. A reply to a direct message stays direct; the customer
 * is mentioned so Mastodon notifies them. The {@code Idempotency-Key} makes a retried send post once.
 */
final class MastodonReplies {
    private final HttpEdge edge;
    private final java.util.function.Supplier<String> installation;

    MastodonReplies(HttpEdge edge, java.util.function.Supplier<String> installation) {
        this.edge = edge;
        this.installation = installation;
    }

    /**
     * The key Mastodon keeps for an hour: the reply's own key within this installation, so two Jira installations
     * (production and a staging clone posting with the same token) never share one.
     */
    String idempotencyKey(OutboundReply reply) {
        String scope = installation.get();
        return scope.isEmpty() ? reply.idempotencyKey() : scope + "-" + reply.idempotencyKey();
    }

    /** The text Mastodon receives: the customer's handle first, unless the agent already wrote it. */
    static String withMention(OutboundReply reply) {
        String mention = "@" + reply.recipientHandle();
        boolean mentioned = reply.text().toLowerCase(Locale.ROOT).startsWith(mention.toLowerCase(Locale.ROOT));
        return reply.recipientHandle().isBlank() || mentioned ? reply.text() : mention + " " + reply.text();
    }

    SendResult send(URI apiBaseUrl, String token, OutboundReply reply) {
        // the pictures first: a status names its media by the ids their uploads answered
        com.google.gson.JsonArray mediaIds = new com.google.gson.JsonArray();
        for (io.socialdesk.channel.ReplyMedia file : reply.media()) {
            SendResult uploaded = upload(apiBaseUrl, token, file);
            if (!(uploaded instanceof SendResult.Sent sent)) {
                return uploaded;
            }
            mediaIds.add(sent.externalId());
        }
        JsonObject body = new JsonObject();
        if (!mediaIds.isEmpty()) {
            body.add("media_ids", mediaIds);
        }
        body.addProperty("status", withMention(reply));
        body.addProperty("in_reply_to_id", reply.inReplyToExternalId());
        body.addProperty("visibility", visibility(reply.kind()));
        Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/statuses"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey(reply))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        return switch (exchange) {
            case Exchange.Failed failed -> new SendResult.Failed(SendFailure.UNAVAILABLE, failed.detail()
                    + (failed.ambiguous() ? "; the reply may or may not be posted (sending it again posts it once)"
                    : "; nothing was sent"));
            case Exchange.Answer answer -> toResult(answer);
        };
    }

    /**
     * {@code POST /api/v2/media} (multipart {@code file}, {@code description}): 200 with the attachment, or 202 while
     * Mastodon still processes it (a picture is usually done before the status is posted; if not, the status is
     * refused with Mastodon's reason). Sent means uploaded; its id is the media id.
     */
    private SendResult upload(URI apiBaseUrl, String token, io.socialdesk.channel.ReplyMedia file) {
        io.socialdesk.channel.wire.Multipart form = new io.socialdesk.channel.wire.Multipart()
                .file("file", file.name(), file.type(), file.bytes());
        if (!file.description().isBlank()) {
            form.field("description", file.description());
        }
        Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v2/media"))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .header("Accept", "application/json").POST(form.publisher()));
        return switch (exchange) {
            case Exchange.Failed failed -> new SendResult.Failed(SendFailure.UNAVAILABLE, "uploading " + file.name()
                    + ": " + failed.detail() + "; the reply was not sent");
            case Exchange.Answer answer when answer.status() == 200 || answer.status() == 202 ->
                    JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                            .flatMap(j -> JsonFields.string(j.getAsJsonObject(), "id"))
                            .<SendResult>map(id -> new SendResult.Sent(id, Optional.empty()))
                            .orElseGet(() -> new SendResult.Failed(SendFailure.UNAVAILABLE,
                                    "Mastodon accepted " + file.name() + " but its answer was unreadable"));
            case Exchange.Answer answer -> refusal(answer);
        };
    }

    private static SendResult toResult(Exchange.Answer answer) {
        int status = answer.status();
        if (status == 200) {
            Optional<JsonObject> json = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                    .map(JsonElement::getAsJsonObject);
            Optional<String> id = json.flatMap(j -> JsonFields.string(j, "id"));
            if (id.isEmpty()) {
                return new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "Mastodon accepted the reply but its answer was unreadable");
            }
            Optional<URI> url = json.flatMap(j -> JsonFields.string(j, "url")).flatMap(MastodonReplies::uri);
            return new SendResult.Sent(id.get(), url);
        }
        return refusal(answer);
    }

    private static SendResult refusal(Exchange.Answer answer) {
        int status = answer.status();
        String error = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(j -> JsonFields.string(j.getAsJsonObject(), "error")).orElse("no reason given");
        return switch (status) {
            case 401, 403 -> new SendResult.Failed(SendFailure.AUTH_FAILED, "HTTP " + status + ": " + error);
            case 404, 410, 413, 422 -> new SendResult.Failed(SendFailure.REFUSED, "HTTP " + status + ": " + error);
            case 429 -> new SendResult.Failed(SendFailure.RATE_LIMITED, "rate limited until "
                    + answer.header("X-RateLimit-Reset").orElse("the limit resets"));
            default -> new SendResult.Failed(SendFailure.UNAVAILABLE, "HTTP " + status);
        };
    }

    private static Optional<URI> uri(String value) {
        try {
            return Optional.of(URI.create(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Never more public than the post answered: direct stays direct, followers-only stays followers-only. */
    static String visibility(PostKind answered) {
        return switch (answered) {
            case DIRECT_MESSAGE -> "direct";
            case FOLLOWERS_ONLY -> "private";
            default -> "public";
        };
    }
}
