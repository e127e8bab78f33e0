package io.socialdesk.channel.mastodon;

import com.google.gson.JsonElement;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon mentions and direct messages through {@code GET /api/v1/notifications?types[]=mention}, paged forward
 * with {@code min_id} so nothing between two polls is skipped (since_id would jump to the newest page). Where the
 * server has them, quotes of the account's posts ({@code types[]=quote}, 4.5) and the notifications its policy
 * filtered ({@code include_filtered=true}, 4.3: by default private mentions from strangers, i.e. most customers' DMs)
 * are read too; a policy that drops some is said in the account's health.
 */
public final class MastodonDriver implements ChannelDriver {
    static final int PAGE_SIZE = 40;
    /** When a 429 carries no usable reset, Mastodon's own window is five minutes. */
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(5);

    private final HttpEdge edge;
    private final Clock clock;
    private final MastodonReplies replies;
    private final MastodonCounts counts;
    private final MastodonServers servers;
    private final MastodonContexts contexts;

    public MastodonDriver(HttpEdge edge, Clock clock) {
        this(edge, clock, () -> "");
    }

    /**
     * {@code installation}: scopes the idempotency keys Mastodon remembers to this Jira installation (asked when a
     * reply is sent: Jira's base URL may not be known yet when the plugin starts).
     */
    public MastodonDriver(HttpEdge edge, Clock clock, java.util.function.Supplier<String> installation) {
        this.edge = edge;
        this.clock = clock;
        this.replies = new MastodonReplies(edge, installation);
        this.contexts = new MastodonContexts(edge);
        this.counts = new MastodonCounts(edge);
        this.servers = new MastodonServers(edge, clock);
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
        MastodonServers.Features features;
        switch (servers.features(apiBaseUrl)) {
            case MastodonServers.Reached.Down down -> {
                return new FetchResult.Unavailable(down.reason());
            }
            case MastodonServers.Reached.Up up -> features = up.features();
        }
        String query = "types%5B%5D=mention" + (features.quotes() ? "&types%5B%5D=quote" : "")
                + (features.filtering() ? "&include_filtered=true" : "") + "&limit=" + PAGE_SIZE
                + cursor.map(c -> "&min_id=" + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("");
        Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/notifications?" + query))
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json")
                .GET());
        return switch (exchange) {
            case Exchange.Failed failed -> new FetchResult.Unavailable(failed.detail());
            case Exchange.Answer answer -> switch (toResult(answer, cursor,
                    () -> servers.notice(apiBaseUrl, token.get()))) {
                case FetchResult.Page page -> new FetchResult.Page(contexts.added(apiBaseUrl, token.get(),
                        page.posts()), page.cursor(), page.more(), page.throttledUntil(), page.unreadable(),
                        page.notice());
                case FetchResult other -> other;
            };
        };
    }

    /** {@code GET /api/v1/accounts/verify_credentials}: the account the token belongs to. */
    @Override
    public Verification verify(URI apiBaseUrl, Credentials credentials) {
        Optional<String> token = credentials.get("accessToken").filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return new Verification.Failed("credentials.accessToken", "is required");
        }
        Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json").GET());
        return switch (exchange) {
            case Exchange.Failed failed -> new Verification.Failed("apiBaseUrl", failed.detail());
            case Exchange.Answer answer when answer.status() == 401 || answer.status() == 403 ->
                    new Verification.Failed("credentials.accessToken", "was refused by the server (HTTP "
                            + answer.status() + "): create a new token with the scopes read and write:statuses");
            case Exchange.Answer answer when !answer.ok() -> new Verification.Failed("apiBaseUrl",
                    "answered HTTP " + answer.status() + ": is this a Mastodon server?");
            case Exchange.Answer answer -> JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                    .map(JsonElement::getAsJsonObject)
                    .flatMap(json -> JsonFields.string(json, "id").filter(PostIds::valid)
                            .map(id -> (Verification) new Verification.Verified(id,
                                    JsonFields.string(json, "acct").orElse(""))))
                    .orElseGet(() -> new Verification.Failed("apiBaseUrl",
                            "did not answer like a Mastodon server (no account id)"));
        };
    }

    @Override
    public SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply) {
        return credentials.get("accessToken")
                .map(token -> replies.send(apiBaseUrl, token, reply))
                .orElseGet(() -> new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED, "no access token configured"));
    }

    @Override
    public EngagementRead engagement(URI apiBaseUrl, Credentials credentials, List<String> externalIds) {
        return credentials.get("accessToken").map(token -> counts.read(apiBaseUrl, token, externalIds))
                .orElseGet(() -> new EngagementRead.Stopped(Optional.empty(), "no access token configured"));
    }

    private FetchResult toResult(Exchange.Answer answer, Optional<String> cursor,
                                 java.util.function.Supplier<Optional<String>> notice) {
        int status = answer.status();
        if (status == 429) {
            return new FetchResult.RateLimited(reset(answer).orElse(clock.instant().plus(DEFAULT_BACKOFF)));
        }
        if (status == 401 || status == 403) {
            return new FetchResult.AuthFailed("HTTP " + status + ": the access token was refused");
        }
        if (status != 200) {
            return new FetchResult.Unavailable("HTTP " + status);
        }
        Optional<JsonElement> json = JsonFields.parse(answer.body()).filter(JsonElement::isJsonArray);
        if (json.isEmpty()) {
            return new FetchResult.Unavailable("Mastodon answered notifications with something that is not a list");
        }
        MastodonNotifications.Parsed parsed = MastodonNotifications.parse(json.get().getAsJsonArray());
        Optional<Instant> throttled = answer.header("X-RateLimit-Remaining")
                .filter("0"::equals).flatMap(zero -> reset(answer));
        return new FetchResult.Page(parsed.posts(), parsed.newestNotificationId().or(() -> cursor),
                parsed.notificationCount() >= PAGE_SIZE, throttled, parsed.unreadable(), notice.get());
    }

    /** {@code X-RateLimit-Reset}, which Mastodon writes as ISO-8601; empty when absent or unreadable. */
    static Optional<Instant> reset(Exchange.Answer answer) {
        return answer.header("X-RateLimit-Reset").flatMap(value -> {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
