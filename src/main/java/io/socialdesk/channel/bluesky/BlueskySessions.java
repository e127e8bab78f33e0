package io.socialdesk.channel.bluesky;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bluesky sessions, kept per account between polls: logging in costs one of few allowed sessions a day
 * ({@code createSession}: 30 per 5 minutes, 100–300 per day per handle), so a session is created once, its access
 * token refreshed with {@code refreshSession} when the PDS says it expired, and a login repeated only when the refresh
 * token is refused too. Keyed by server, identifier and a hash of the password, so a changed password starts afresh.
 * Only a cache: a node that starts without one logs in once. A session unused for {@link #IDLE} (its account removed,
 * disabled, or its password changed) is dropped, and a login with a new password replaces the identifier's old one,
 * so the cache holds the accounts in use and no tokens of accounts that are gone.
 */
final class BlueskySessions {
    record Session(String accessJwt, String refreshJwt, String did, String handle) {
    }

    /** What a call with a session gave: the network's answer, or why no session could be had. */
    sealed interface Outcome {
        record Answered(Exchange.Answer answer, Session session) implements Outcome {
        }

        /** The app password (or identifier) was refused. */
        record Refused(String reason) implements Outcome {
        }

        /** The login itself was rate limited, failed on the wire, or answered in a way we cannot read. */
        record NoSession(Exchange exchange, String reason) implements Outcome {
        }
    }

    /** A session not used for this long is dropped; an account polled at all uses its own every few minutes. */
    static final Duration IDLE = Duration.ofHours(24);

    private record Held(Session session, Instant usedAt) {
    }

    private final HttpEdge edge;
    private final Clock clock;
    private final Map<String, Held> sessions = new ConcurrentHashMap<>();

    BlueskySessions(HttpEdge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
    }

    /** Drops the session of these credentials (their account was disconnected or given new ones). */
    void forget(URI server, Credentials credentials) {
        sessions.remove(key(server, credentials));
    }

    /** How many sessions are held, for tests. */
    int held() {
        return sessions.size();
    }

    /** Runs {@code call} with the account's session, refreshing or logging in again once when the token expired. */
    Outcome with(URI server, Credentials credentials, Function<Session, Exchange> call) {
        String key = key(server, credentials);
        Instant now = clock.instant();
        sessions.values().removeIf(held -> held.usedAt().isBefore(now.minus(IDLE)));
        Session session = Optional.ofNullable(sessions.get(key)).map(Held::session).orElse(null);
        if (session != null) {
            sessions.put(key, new Held(session, now));
        } else {
            Outcome login = login(server, credentials, key);
            if (!(login instanceof Outcome.Answered answered)) {
                return login;
            }
            session = answered.session();
        }
        Exchange first = call.apply(session);
        if (!expired(first)) {
            return answered(first, session);
        }
        Optional<Session> refreshed = refresh(server, session, key);
        if (refreshed.isEmpty()) {
            Outcome login = login(server, credentials, key);
            if (!(login instanceof Outcome.Answered answered)) {
                return login;
            }
            refreshed = Optional.of(answered.session());
        }
        return answered(call.apply(refreshed.get()), refreshed.get());
    }

    /** A fresh login, for "Test connection": the account's DID and handle, or why not. */
    Outcome login(URI server, Credentials credentials) {
        return login(server, credentials, key(server, credentials));
    }

    private Outcome login(URI server, Credentials credentials, String key) {
        JsonObject body = new JsonObject();
        body.addProperty("identifier", credentials.get("identifier").orElse(""));
        body.addProperty("password", credentials.get("appPassword").orElse(""));
        Exchange exchange = edge.send(HttpRequest.newBuilder(server.resolve("/xrpc/com.atproto.server.createSession"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        if (exchange instanceof Exchange.Answer answer && (answer.status() == 401 || answer.status() == 400)
                && !"RateLimitExceeded".equals(error(answer))) {
            sessions.remove(key);
            return new Outcome.Refused("Bluesky refused the identifier or app password (" + error(answer) + ")");
        }
        Optional<Session> session = exchange instanceof Exchange.Answer answer && answer.ok()
                ? session(answer) : Optional.empty();
        if (session.isEmpty()) {
            return new Outcome.NoSession(exchange, exchange instanceof Exchange.Failed failed ? failed.detail()
                    : "createSession answered HTTP " + ((Exchange.Answer) exchange).status());
        }
        // a new password for the same identifier: its old session is of no use any more
        String identifier = key.substring(0, key.lastIndexOf('|') + 1);
        sessions.keySet().removeIf(other -> other.startsWith(identifier) && !other.equals(key));
        sessions.put(key, new Held(session.get(), clock.instant()));
        return new Outcome.Answered((Exchange.Answer) exchange, session.get());
    }

    private Optional<Session> refresh(URI server, Session session, String key) {
        Exchange exchange = edge.send(HttpRequest.newBuilder(server.resolve("/xrpc/com.atproto.server.refreshSession"))
                .header("Authorization", "Bearer " + session.refreshJwt()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        Optional<Session> fresh = exchange instanceof Exchange.Answer answer && answer.ok()
                ? session(answer) : Optional.empty();
        fresh.ifPresentOrElse(s -> sessions.put(key, new Held(s, clock.instant())), () -> sessions.remove(key));
        return fresh;
    }

    private static Outcome answered(Exchange exchange, Session session) {
        return switch (exchange) {
            case Exchange.Answer answer -> new Outcome.Answered(answer, session);
            case Exchange.Failed failed -> new Outcome.NoSession(failed, failed.detail());
        };
    }

    /** The PDS answers an expired access token with 400 ExpiredToken (401 with some versions). */
    private static boolean expired(Exchange exchange) {
        return exchange instanceof Exchange.Answer answer && (answer.status() == 400 || answer.status() == 401)
                && ("ExpiredToken".equals(error(answer)) || "InvalidToken".equals(error(answer)));
    }

    static String error(Exchange.Answer answer) {
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "error")).orElse("no reason given");
    }

    private static Optional<Session> session(Exchange.Answer answer) {
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .flatMap(json -> JsonFields.string(json, "accessJwt").flatMap(access ->
                        JsonFields.string(json, "refreshJwt").flatMap(refresh ->
                                JsonFields.string(json, "did").filter(BlueskyIds::did).map(did -> new Session(
                                        access, refresh, did, JsonFields.string(json, "handle").orElse(""))))));
    }

    private static String key(URI server, Credentials credentials) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(credentials.get("appPassword").orElse("")
                    .getBytes(StandardCharsets.UTF_8));
            return server + "|" + credentials.get("identifier").orElse("") + "|" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
