package io.socialdesk.channel.mastodon;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Mastodon server can do, from the version it reports ({@code GET /api/v2/instance}, or {@code /api/v1/instance}
 * before 4.0), and what its notification policy hides ({@code GET /api/v2/notifications/policy}, since 4.3). Servers
 * are upgraded and admins change policies, so both are asked again after {@link #FRESH}. A server that is down
 * (no answer, or a 5xx) is not asked for notifications either, so an outage costs one request per poll; one that
 * answers without a version is read with the features every version has, and asked again after {@link #RETRY}.
 * Remembered per node only: it is derived from what the server says, so every node may ask once.
 */
final class MastodonServers {
    static final Duration FRESH = Duration.ofHours(6);
    static final Duration RETRY = Duration.ofMinutes(30);
    /** The policy's fields and whom each is about, as the admin sees them in Mastodon's notification settings. */
    private static final Map<String, String> POLICY_FIELDS = Map.of(
            "for_not_following", "people the account does not follow",
            "for_not_followers", "people who do not follow the account",
            "for_new_accounts", "new accounts",
            "for_private_mentions", "unsolicited private mentions",
            "for_limited_accounts", "accounts limited by moderators");
    private static final List<String> POLICY_ORDER = List.of("for_private_mentions", "for_not_following",
            "for_not_followers", "for_new_accounts", "for_limited_accounts");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    /**
     * {@code quotes}: the server notifies of quotes (4.5); {@code filtering}: it has notification policies and reads
     * filtered notifications on request (4.3).
     */
    record Features(boolean quotes, boolean filtering) {
        static final Features BASIC = new Features(false, false);

        static Features of(int major, int minor) {
            return new Features(major > 4 || major == 4 && minor >= 5, major > 4 || major == 4 && minor >= 3);
        }
    }

    /** The server's features, or why it could not be asked (what the notification list would answer too). */
    sealed interface Reached {
        record Up(Features features) implements Reached {
        }

        record Down(String reason) implements Reached {
        }
    }

    private record Known<T>(T value, Instant until) {
    }

    private final HttpEdge edge;
    private final Clock clock;
    private final Map<URI, Known<Features>> features = new ConcurrentHashMap<>();
    private final Map<String, Known<Optional<String>>> notices = new ConcurrentHashMap<>();

    MastodonServers(HttpEdge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
    }

    /** What the server can do, or that it is down (no answer or a 5xx), when reading it would fail as well. */
    Reached features(URI base) {
        Known<Features> known = features.get(base);
        if (known != null && clock.instant().isBefore(known.until())) {
            return new Reached.Up(known.value());
        }
        Exchange v2 = instance(base, "/api/v2/instance");
        if (v2 instanceof Exchange.Failed failed) {
            return new Reached.Down(failed.detail());
        }
        if (v2 instanceof Exchange.Answer answer && answer.status() >= 500) {
            return new Reached.Down("HTTP " + answer.status());
        }
        // no /api/v2/instance before 4.0
        Optional<Features> read = version(v2).or(() -> notFound(v2) ? version(instance(base, "/api/v1/instance"))
                : Optional.empty());
        features.put(base, new Known<>(read.orElse(Features.BASIC),
                clock.instant().plus(read.isPresent() ? FRESH : RETRY)));
        return new Reached.Up(read.orElse(Features.BASIC));
    }

    /**
     * What the account's notification policy drops (Mastodon never creates those notifications, so no API can read
     * them), said for the admin; empty when nothing is dropped or the server has no policies. Filtered ones are read
     * with {@code include_filtered}, so only {@code drop} hides a customer.
     */
    Optional<String> notice(URI base, String token) {
        if (!(features(base) instanceof Reached.Up up) || !up.features().filtering()) {
            return Optional.empty();
        }
        String key = base + " " + Integer.toHexString(token.hashCode());
        Known<Optional<String>> known = notices.get(key);
        if (known != null && clock.instant().isBefore(known.until())) {
            return known.value();
        }
        Exchange exchange = edge.send(HttpRequest.newBuilder(base.resolve("/api/v2/notifications/policy"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
        Optional<JsonObject> policy = exchange instanceof Exchange.Answer answer && answer.ok()
                ? JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                : Optional.empty();
        Optional<String> notice = policy.flatMap(MastodonServers::dropped);
        notices.put(key, new Known<>(notice, clock.instant().plus(policy.isPresent() ? FRESH : RETRY)));
        return notice;
    }

    private static Optional<String> dropped(JsonObject policy) {
        List<String> whom = POLICY_ORDER.stream()
                .filter(field -> "drop".equals(JsonFields.string(policy, field).orElse("")))
                .map(POLICY_FIELDS::get).toList();
        return whom.isEmpty() ? Optional.empty() : Optional.of("Mastodon's notification settings of this account "
                + "ignore " + String.join(", ", whom) + ": their posts never reach SocialDesk. Set them to "
                + "\"Filter\" or \"Accept\" in Mastodon (Notifications, filter settings); SocialDesk reads filtered "
                + "notifications too.");
    }

    private Exchange instance(URI base, String path) {
        return edge.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    private static boolean notFound(Exchange exchange) {
        return exchange instanceof Exchange.Answer answer && answer.status() == 404;
    }

    private static Optional<Features> version(Exchange exchange) {
        if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
            return Optional.empty();
        }
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "version"))
                .map(VERSION::matcher).filter(Matcher::find)
                .map(m -> Features.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
