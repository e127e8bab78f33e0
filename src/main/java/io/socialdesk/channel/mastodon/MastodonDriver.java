package io.socialdesk.channel.mastodon;

import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Mastodon mentions and direct messages through {@code GET /api/v1/notifications?types[]=mention}, paged forward
 * with {@code min_id} so nothing between two polls is skipped (since_id would jump to the newest page).
 */
public final class MastodonDriver implements ChannelDriver {
    static final int PAGE_SIZE = 40;
    /** When a 429 carries no usable reset, Mastodon's own window is five minutes. */
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(5);

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    private final MastodonReplies replies;

    public MastodonDriver(HttpClient http, Duration requestTimeout, Clock clock) {
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.replies = new MastodonReplies(http, requestTimeout);
    }

    @Override
    public ChannelSpec spec() {
        return MastodonChannel.SPEC;
    }

    @Override
    public FetchResult fetch(URI apiBaseUrl, Credentials credentials, Optional<String> cursor) {
        Optional<String> token = credentials.get("accessToken");
        if (token.isEmpty()) {
            return new FetchResult.AuthFailed("no access token configured");
        }
        String query = "types%5B%5D=mention&limit=" + PAGE_SIZE
                + cursor.map(c -> "&min_id=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
        HttpRequest request = HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/notifications?" + query))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new FetchResult.Unavailable("timed out after " + requestTimeout.toSeconds() + " s");
        } catch (IOException e) {
            return new FetchResult.Unavailable("connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Unavailable("interrupted");
        }
        return toResult(response, cursor);
    }

    @Override
    public SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply) {
        return credentials.get("accessToken")
                .map(token -> replies.send(apiBaseUrl, token, reply))
                .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED, "no access token configured"));
    }

    private FetchResult toResult(HttpResponse<String> response, Optional<String> cursor) {
        int status = response.statusCode();
        if (status == 429) {
            return new FetchResult.RateLimited(reset(response).orElse(clock.instant().plus(DEFAULT_BACKOFF)));
        }
        if (status == 401 || status == 403) {
            return new FetchResult.AuthFailed("HTTP " + status + ": the access token was refused");
        }
        if (status != 200) {
            return new FetchResult.Unavailable("HTTP " + status);
        }
        MastodonNotifications.Parsed parsed;
        try {
            parsed = MastodonNotifications.parse(JsonParser.parseString(response.body()).getAsJsonArray());
        } catch (JsonSyntaxException | IllegalStateException | IllegalArgumentException | DateTimeParseException
                 | UnsupportedOperationException e) {
            return new FetchResult.Unavailable("unreadable notifications: " + e.getClass().getSimpleName());
        }
        Optional<Instant> throttled = response.headers().firstValue("X-RateLimit-Remaining")
                .filter("0"::equals).flatMap(zero -> reset(response));
        return new FetchResult.Page(parsed.posts(), parsed.newestNotificationId().or(() -> cursor),
                parsed.notificationCount() >= PAGE_SIZE, throttled);
    }

    private static Optional<Instant> reset(HttpResponse<String> response) {
        return response.headers().firstValue("X-RateLimit-Reset").flatMap(value -> {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
