package io.socialdesk.channel.meta;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Meta's Graph API as SocialDesk calls it: one pinned version, the Page token as a Bearer header (never in a URL that
 * could be logged), and Graph's error object read into SocialDesk's values: code 190 (token expired or revoked) and
 * 10/200-299 (permission missing) stop the account with the reason, 4/17/32/613 and 80001-80014 (rate limits) wait
 * for the time Meta's usage header gives, anything else is an outage.
 */
final class GraphApi {
    static final String VERSION = "v26.0";
    /** Graph writes times as {@code 2026-11-29T09:00:00+0000}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(15);

    private final HttpEdge edge;
    private final Clock clock;

    GraphApi(HttpEdge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
    }

    Exchange get(URI base, String pathAndQuery, String token) {
        return edge.send(HttpRequest.newBuilder(base.resolve("/" + VERSION + "/" + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
    }

    Exchange post(URI base, String path, JsonObject body, String token) {
        return edge.send(HttpRequest.newBuilder(base.resolve("/" + VERSION + "/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** A 200 with a JSON object, else what went wrong as a fetch result. */
    Result<JsonObject, FetchResult> read(Exchange exchange) {
        return switch (exchange) {
            case Exchange.Failed failed -> Result.failure(new FetchResult.Unavailable(failed.detail()));
            case Exchange.Answer answer when answer.ok() -> JsonFields.parse(answer.body())
                    .filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                    .<Result<JsonObject, FetchResult>>map(Result::success)
                    .orElseGet(() -> Result.failure(new FetchResult.Unavailable("Meta answered with something that "
                            + "is not a JSON object")));
            case Exchange.Answer answer -> Result.failure(fetchFailure(answer));
        };
    }

    FetchResult fetchFailure(Exchange.Answer answer) {
        GraphError error = GraphError.of(answer);
        return switch (error.kind()) {
            case TOKEN, PERMISSION -> new FetchResult.AuthFailed(error.describe());
            case RATE_LIMIT -> new FetchResult.RateLimited(clock.instant().plus(error.waitFor()
                    .orElse(DEFAULT_BACKOFF)));
            case WINDOW, REFUSED, OTHER -> new FetchResult.Unavailable(error.describe());
        };
    }

    static SendResult sendFailure(Exchange exchange) {
        if (exchange instanceof Exchange.Failed failed) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, failed.detail());
        }
        GraphError error = GraphError.of((Exchange.Answer) exchange);
        return new SendResult.Failed(switch (error.kind()) {
            case TOKEN, PERMISSION -> SendFailure.AUTH_FAILED;
            case RATE_LIMIT -> SendFailure.RATE_LIMITED;
            case WINDOW, REFUSED -> SendFailure.REFUSED;
            case OTHER -> SendFailure.UNAVAILABLE;
        }, error.describe());
    }

    static Optional<Instant> time(JsonObject parent, String name) {
        return JsonFields.string(parent, name).flatMap(value -> {
            try {
                return Optional.of(OffsetDateTime.parse(value, TIME).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return Optional.of(Instant.parse(value));
                } catch (DateTimeParseException again) {
                    return Optional.empty();
                }
            }
        });
    }

    /** A value or the reason there is none: expected failures as values. */
    record Result<T, F>(Optional<T> value, Optional<F> failure) {
        static <T, F> Result<T, F> success(T value) {
            return new Result<>(Optional.of(value), Optional.empty());
        }

        static <T, F> Result<T, F> failure(F failure) {
            return new Result<>(Optional.empty(), Optional.of(failure));
        }
    }
}
