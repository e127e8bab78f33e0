package io.socialdesk.channel.bluesky;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bluesky mentions, replies and quotes through {@code app.bsky.notification.listNotifications}. Its cursor pages
 * toward older notifications, so a poll reads from the newest page down to the last one it had seen (the stored
 * cursor is that notification's {@code indexedAt}), at most {@link #MAX_PAGES} pages; follower counts come from one
 * {@code app.bsky.actor.getProfiles} call per page. The session is kept between polls ({@link BlueskySessions}).
 */
public final class BlueskyDriver implements ChannelDriver {
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES = 10;
    /** When a 429 carries no reset, Bluesky's shortest window is five minutes. */
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(5);

    private final HttpEdge edge;
    private final Clock clock;
    private final BlueskySessions sessions;
    private final BlueskyReplies replies;
    private final BlueskyProfiles profiles;
    private final BlueskyChats chats;
    private final BlueskyCounts counts;
    private final BlueskyContexts contexts;

    public BlueskyDriver(HttpEdge edge, Clock clock) {
        this.edge = edge;
        this.clock = clock;
        this.sessions = new BlueskySessions(edge, clock);
        this.replies = new BlueskyReplies(edge, sessions, clock);
        this.profiles = new BlueskyProfiles(edge, sessions);
        this.chats = new BlueskyChats(edge, sessions, profiles, clock);
        this.contexts = new BlueskyContexts(edge, sessions);
        this.counts = new BlueskyCounts(edge, sessions);
    }

    @Override
    public ChannelSpec spec() {
        return BlueskyChannel.SPEC;
    }

    /**
     * Notifications first, then direct messages; the cursor holds both positions ({@code <indexedAt>|<chat cursor>}).
     * Direct messages that cannot be read (an app password without access to them) never hold back the posts.
     */
    @Override
    public FetchResult fetch(URI server, Credentials credentials, Optional<String> cursor) {
        Optional<String> notificationCursor = cursor.map(c -> c.contains("|") ? c.substring(0, c.indexOf('|')) : c)
                .filter(c -> !c.isEmpty());
        Optional<String> chatCursor = cursor.filter(c -> c.contains("|")).map(c -> c.substring(c.indexOf('|') + 1))
                .filter(c -> !c.isEmpty());
        Notifications notifications = notifications(server, credentials, notificationCursor);
        if (!(notifications.result() instanceof FetchResult.Page page)) {
            return notifications.result();
        }
        BlueskyChats.Read chats = this.chats.read(server, credentials, chatCursor);
        List<InboundPost> posts = new ArrayList<>(contexts.added(server, credentials, page.posts(),
                notifications.quoted()));
        posts.addAll(chats.messages());
        List<String> unreadable = new ArrayList<>(page.unreadable());
        chats.problem().ifPresent(unreadable::add);
        return new FetchResult.Page(posts, Optional.of(page.cursor().orElse("") + "|"
                + chats.cursor().orElse("")), false, page.throttledUntil(), unreadable);
    }

    /** A page of notifications, and the posts their quotes quote (by the quoting post's at-URI). */
    private record Notifications(FetchResult result, java.util.Map<String, String> quoted) {
        static Notifications failed(FetchResult failure) {
            return new Notifications(failure, java.util.Map.of());
        }
    }

    private Notifications notifications(URI server, Credentials credentials, Optional<String> cursor) {
        Optional<Instant> seen = cursor.flatMap(BlueskyDriver::instant);
        List<BlueskyNotifications.Read> posts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Optional<Instant> newest = Optional.empty();
        Optional<String> page = Optional.empty();
        Optional<Instant> throttled = Optional.empty();
        for (int read = 0; read < MAX_PAGES; read++) {
            String query = "limit=" + PAGE_SIZE + BlueskyNotifications.reasons().stream().map(r -> "&reasons=" + r)
                    .reduce("", String::concat) + page.map(c -> "&cursor=" + URLEncoder.encode(c,
                    StandardCharsets.UTF_8)).orElse("");
            BlueskySessions.Outcome outcome = sessions.with(server, credentials, session -> edge.send(HttpRequest
                    .newBuilder(server.resolve("/xrpc/app.bsky.notification.listNotifications?" + query))
                    .header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json")
                    .GET()));
            Optional<FetchResult> failure = failure(outcome);
            if (failure.isPresent()) {
                return read == 0 ? Notifications.failed(failure.get())
                        : page(posts, newest.or(() -> seen), throttled, unreadable);
            }
            BlueskySessions.Outcome.Answered answered = (BlueskySessions.Outcome.Answered) outcome;
            Optional<JsonObject> json = JsonFields.parse(answered.answer().body()).filter(JsonElement::isJsonObject)
                    .map(JsonElement::getAsJsonObject);
            if (json.isEmpty()) {
                return Notifications.failed(new FetchResult.Unavailable(
                        "Bluesky answered notifications with something that is not JSON"));
            }
            throttled = answered.answer().header("ratelimit-remaining").filter("0"::equals)
                    .flatMap(zero -> answered.answer().header("ratelimit-reset")).map(BlueskyDriver::epochSeconds);
            JsonArray notifications = JsonFields.array(json.get(), "notifications");
            var followers = profiles.followers(server, credentials, BlueskyNotifications.authors(notifications));
            boolean reachedSeen = false;
            for (int i = 0; i < notifications.size(); i++) {
                JsonElement element = notifications.get(i);
                Optional<BlueskyNotifications.Read> item = element.isJsonObject()
                        ? BlueskyNotifications.read(element.getAsJsonObject(), followers) : Optional.empty();
                if (item.isEmpty()) {
                    unreadable.add("notification " + (i + 1) + " of a page (no uri, time or post)");
                    continue;
                }
                Instant indexed = item.get().indexedAt();
                // an equal time is read again: two notifications can share it, and a duplicate is dropped on record
                if (seen.isPresent() && indexed.isBefore(seen.get())) {
                    reachedSeen = true;
                    continue;
                }
                if (newest.isEmpty() || indexed.isAfter(newest.get())) {
                    newest = Optional.of(indexed);
                }
                if (item.get().post().isPresent()) {
                    posts.add(item.get());
                }
            }
            page = JsonFields.string(json.get(), "cursor").filter(c -> !c.isBlank());
            if (seen.isEmpty() || reachedSeen || page.isEmpty() || notifications.isEmpty()) {
                return page(posts, newest.or(() -> seen), throttled, unreadable);
            }
        }
        unreadable.add("more than " + (MAX_PAGES * PAGE_SIZE) + " notifications arrived since the last poll; "
                + "older ones were not read");
        return page(posts, newest.or(() -> seen), throttled, unreadable);
    }

    /** {@code createSession}: the DID the app password acts as, which is also the account's own user id. */
    @Override
    public Verification verify(URI server, Credentials credentials) {
        if (credentials.get("identifier").filter(s -> !s.isBlank()).isEmpty()) {
            return new Verification.Failed("credentials.identifier", "is required");
        }
        if (credentials.get("appPassword").filter(s -> !s.isBlank()).isEmpty()) {
            return new Verification.Failed("credentials.appPassword", "is required");
        }
        return switch (sessions.login(server, credentials)) {
            case BlueskySessions.Outcome.Answered answered -> new Verification.Verified(answered.session().did(),
                    answered.session().handle());
            case BlueskySessions.Outcome.Refused refused -> new Verification.Failed("credentials.appPassword",
                    refused.reason() + ": create an app password under Settings › Privacy and security");
            case BlueskySessions.Outcome.NoSession none -> new Verification.Failed("apiBaseUrl", none.reason()
                    + ": is this a Bluesky PDS (https://bsky.social)?");
        };
    }

    @Override
    public SendResult reply(URI server, Credentials credentials, OutboundReply reply) {
        return reply.kind() == io.socialdesk.channel.PostKind.DIRECT_MESSAGE
                ? chats.send(server, credentials, reply) : replies.send(server, credentials, reply);
    }

    @Override
    public void forget(URI server, Credentials credentials) {
        sessions.forget(server, credentials);
    }

    @Override
    public EngagementRead engagement(URI server, Credentials credentials, List<String> externalIds) {
        return counts.read(server, credentials, externalIds, answer -> EngagementRead.Stopped.of(status(answer)
                .orElseGet(() -> new FetchResult.Unavailable("HTTP " + answer.status()))));
    }

    /** Oldest first by when the network indexed them: a post's own createdAt is whatever its client claimed. */
    private Notifications page(List<BlueskyNotifications.Read> read, Optional<Instant> cursor,
                               Optional<Instant> throttled, List<String> unreadable) {
        List<InboundPost> posts = read.stream().sorted(Comparator.comparing(BlueskyNotifications.Read::indexedAt)
                .thenComparing(r -> r.post().orElseThrow().externalId())).map(r -> r.post().orElseThrow()).toList();
        java.util.Map<String, String> quoted = new java.util.HashMap<>();
        read.forEach(r -> r.quoted().ifPresent(uri -> quoted.put(r.post().orElseThrow().externalId(), uri)));
        return new Notifications(new FetchResult.Page(posts, cursor.map(Instant::toString), false, throttled,
                unreadable), quoted);
    }

    private Optional<FetchResult> failure(BlueskySessions.Outcome outcome) {
        return switch (outcome) {
            case BlueskySessions.Outcome.Refused refused -> Optional.of(new FetchResult.AuthFailed(refused.reason()));
            case BlueskySessions.Outcome.NoSession none when none.exchange() instanceof Exchange.Answer answer ->
                    Optional.of(status(answer).orElse(new FetchResult.Unavailable(none.reason())));
            case BlueskySessions.Outcome.NoSession none -> Optional.of(new FetchResult.Unavailable(none.reason()));
            case BlueskySessions.Outcome.Answered answered -> status(answered.answer());
        };
    }

    private Optional<FetchResult> status(Exchange.Answer answer) {
        if (answer.status() == 429) {
            return Optional.of(new FetchResult.RateLimited(answer.header("ratelimit-reset")
                    .map(BlueskyDriver::epochSeconds).orElse(clock.instant().plus(DEFAULT_BACKOFF))));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return Optional.of(new FetchResult.AuthFailed("HTTP " + answer.status() + ": "
                    + BlueskySessions.error(answer)));
        }
        return answer.status() == 200 ? Optional.empty()
                : Optional.of(new FetchResult.Unavailable("HTTP " + answer.status()));
    }

    /** {@code ratelimit-reset} is a Unix time in seconds; an unreadable one means "in five minutes". */
    static Instant epochSeconds(String value) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Instant.now().plus(DEFAULT_BACKOFF);
        }
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
