package io.socialdesk.channel.mastodon;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/statuses} with {@code in_reply_to_id}. A reply to a direct message stays direct; the customer
 * is mentioned so Mastodon notifies them. The {@code Idempotency-Key} makes a retried send post once.
 */
final class MastodonReplies {
    private final HttpClient http;
    private final Duration timeout;

    MastodonReplies(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** The text Mastodon receives: the customer's handle first, unless the agent already wrote it. */
    static String withMention(OutboundReply reply) {
        String mention = "@" + reply.recipientHandle();
        boolean mentioned = reply.text().toLowerCase(Locale.ROOT).startsWith(mention.toLowerCase(Locale.ROOT));
        return reply.recipientHandle().isBlank() || mentioned ? reply.text() : mention + " " + reply.text();
    }

    SendResult send(URI apiBaseUrl, String token, OutboundReply reply) {
        JsonObject body = new JsonObject();
        body.addProperty("status", withMention(reply));
        body.addProperty("in_reply_to_id", reply.inReplyToExternalId());
        body.addProperty("visibility", reply.kind() == PostKind.DIRECT_MESSAGE ? "direct" : "public");
        HttpRequest request = HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/statuses"))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", reply.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            return toResult(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (HttpTimeoutException e) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "Mastodon did not answer within "
                    + timeout.toSeconds() + " s; the reply may or may not be posted");
        } catch (IOException e) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "interrupted");
        }
    }

    private static SendResult toResult(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
                String id = json.get("id").getAsString();
                Optional<URI> url = json.has("url") && !json.get("url").isJsonNull()
                        ? Optional.of(URI.create(json.get("url").getAsString())) : Optional.empty();
                return new SendResult.Sent(id, url);
            } catch (RuntimeException malformed) {
                return new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "Mastodon accepted the reply but its answer was unreadable");
            }
        }
        String error = errorText(response.body());
        return switch (status) {
            case 401, 403 -> new SendResult.Failed(SendFailure.AUTH_FAILED, "HTTP " + status + ": " + error);
            case 404, 410, 422 -> new SendResult.Failed(SendFailure.REFUSED, "HTTP " + status + ": " + error);
            case 429 -> new SendResult.Failed(SendFailure.RATE_LIMITED, "rate limited until "
                    + response.headers().firstValue("X-RateLimit-Reset").orElse("the limit resets"));
            default -> new SendResult.Failed(SendFailure.UNAVAILABLE, "HTTP " + status);
        };
    }

    private static String errorText(String body) {
        try {
            return JsonParser.parseString(body).getAsJsonObject().get("error").getAsString();
        } catch (RuntimeException unreadable) {
            return "no reason given";
        }
    }
}
