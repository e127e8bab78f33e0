package io.socialdesk.channel.x;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import twitter4j.CreateTweetResponse;
import twitter4j.HttpParameter;
import twitter4j.RequestMethod;
import twitter4j.TwitterException;
import twitter4j.TwitterV2;
import twitter4j.auth.OAuthAuthorization;

/**
 * Replies on X: a post with {@code reply.in_reply_to_tweet_id} through the v2 extension for mentions, and
 * {@code POST /2/dm_conversations/with/:participant_id/messages} (not in the extension, signed the same way) for
 * direct messages. X has no idempotency key: a send that timed out is reported as such, never blindly repeated.
 */
final class XReplies {
    private final HttpClient http;
    private final Duration timeout;

    XReplies(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    SendResult post(TwitterV2 v2, OutboundReply reply) {
        long inReplyTo;
        try {
            inReplyTo = Long.parseLong(reply.inReplyToExternalId());
        } catch (NumberFormatException e) {
            return new SendResult.Failed(SendFailure.REFUSED, "not an X post id: " + reply.inReplyToExternalId());
        }
        try {
            CreateTweetResponse created = v2.createTweet(null, null, null, null, null, null, null, null, null,
                    inReplyTo, null, reply.text());
            String id = Long.toString(created.getId());
            return new SendResult.Sent(id, Optional.of(URI.create("https://x.com/i/web/status/" + id)));
        } catch (TwitterException e) {
            if (e.isCausedByNetworkIssue() || e.getStatusCode() <= 0) {
                return new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "connection failed or timed out; the reply may or may not be posted");
            }
            return failure(e.getStatusCode(), Optional.ofNullable(e.getErrorMessage()).orElse(""));
        } catch (RuntimeException malformed) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "X's answer was unreadable: "
                    + malformed.getClass().getSimpleName());
        }
    }

    SendResult directMessage(URI apiBaseUrl, OAuthAuthorization oauth, OutboundReply reply) {
        if (!reply.recipientUserId().chars().allMatch(Character::isDigit) || reply.recipientUserId().isEmpty()) {
            return new SendResult.Failed(SendFailure.REFUSED, "not an X user id: " + reply.recipientUserId());
        }
        String endpoint = apiBaseUrl.resolve("/2/dm_conversations/with/"
                + URLEncoder.encode(reply.recipientUserId(), StandardCharsets.UTF_8) + "/messages").toString();
        // a JSON body is not part of the OAuth 1.0a signature base string
        String header = oauth.getAuthorizationHeader(new twitter4j.HttpRequest(RequestMethod.POST, endpoint,
                new HttpParameter[0], oauth, Map.of()));
        JsonObject body = new JsonObject();
        body.addProperty("text", reply.text());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(timeout)
                .header("Authorization", header).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                return failure(response.statusCode(), response.body());
            }
            JsonObject data = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("data");
            return new SendResult.Sent(data.get("dm_event_id").getAsString(), Optional.empty());
        } catch (IOException e) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "connection failed or timed out ("
                    + e.getClass().getSimpleName() + "); the message may or may not be sent");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "interrupted");
        } catch (RuntimeException malformed) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "X's answer was unreadable: "
                    + malformed.getClass().getSimpleName());
        }
    }

    private static SendResult failure(int status, String detail) {
        String reason = "HTTP " + status + (detail.isBlank() ? "" : ": " + abbreviate(detail));
        return switch (status) {
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
