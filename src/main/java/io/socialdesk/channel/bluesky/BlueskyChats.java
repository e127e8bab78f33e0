package io.socialdesk.channel.bluesky;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bluesky direct messages through the chat service, which the PDS proxies when asked with the
 * {@code atproto-proxy: did:web:api.bsky.chat#bsky_chat} header, and only for an app password created with access to
 * direct messages. New messages come from {@code chat.bsky.convo.getLog} after its cursor (a first read only takes
 * the cursor: connecting never imports old conversations); replies go with {@code chat.bsky.convo.sendMessage}. A
 * message's id is {@code dm:<conversation>:<message>}, so a reply knows its conversation.
 */
final class BlueskyChats {
    static final String PROXY = "did:web:api.bsky.chat#bsky_chat";
    static final String PREFIX = "dm:";
    /** The log was read once and was empty, so it has no cursor yet: everything in it from now on is new. */
    static final String STARTED = "-";

    /** What one read of the log gave: new messages, the next cursor, or why direct messages were not read. */
    record Read(List<InboundPost> messages, Optional<String> cursor, Optional<String> problem) {
    }

    /** An app password without chat access is asked again only this often, so the log says so once an hour. */
    static final Duration DENIED_RETRY = Duration.ofHours(1);

    private final HttpEdge edge;
    private final BlueskySessions sessions;
    private final BlueskyProfiles profiles;
    private final Clock clock;
    private final Map<String, Instant> deniedUntil = new ConcurrentHashMap<>();

    BlueskyChats(HttpEdge edge, BlueskySessions sessions, BlueskyProfiles profiles, Clock clock) {
        this.edge = edge;
        this.sessions = sessions;
        this.profiles = profiles;
        this.clock = clock;
    }

    Read read(URI server, Credentials credentials, Optional<String> cursor) {
        String account = server + "|" + credentials.get("identifier").orElse("");
        Instant retry = deniedUntil.get(account);
        if (retry != null && clock.instant().isBefore(retry)) {
            return new Read(List.of(), cursor, Optional.empty());
        }
        Optional<String> position = cursor.filter(c -> !STARTED.equals(c));
        BlueskySessions.Outcome outcome = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/chat.bsky.convo.getLog" + position.map(c -> "?cursor="
                        + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse("")))
                .header("Authorization", "Bearer " + session.accessJwt()).header("atproto-proxy", PROXY)
                .header("Accept", "application/json").GET()));
        if (!(outcome instanceof BlueskySessions.Outcome.Answered answered)) {
            return new Read(List.of(), cursor, Optional.of("direct messages were not read this time"));
        }
        Exchange.Answer answer = answered.answer();
        if (answer.status() == 400 || answer.status() == 401 || answer.status() == 403) {
            deniedUntil.put(account, clock.instant().plus(DENIED_RETRY));
            return new Read(List.of(), cursor, Optional.of("the app password does not allow direct messages ("
                    + BlueskySessions.error(answer) + "): create one with access to direct messages to read them"));
        }
        deniedUntil.remove(account);
        Optional<JsonObject> json = answer.ok() ? JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject) : Optional.empty();
        if (json.isEmpty()) {
            return new Read(List.of(), cursor, Optional.of("direct messages were not read this time (HTTP "
                    + answer.status() + ")"));
        }
        Optional<String> next = JsonFields.string(json.get(), "cursor").filter(c -> !c.isBlank())
                .or(() -> position).or(() -> Optional.of(STARTED));
        if (cursor.isEmpty()) {
            return new Read(List.of(), next, Optional.empty()); // connecting never imports old conversations
        }
        List<JsonObject> created = new ArrayList<>();
        Set<String> senders = new LinkedHashSet<>();
        for (JsonElement log : JsonFields.array(json.get(), "logs")) {
            if (log.isJsonObject() && "chat.bsky.convo.defs#logCreateMessage".equals(
                    JsonFields.string(log.getAsJsonObject(), "$type").orElse(""))) {
                created.add(log.getAsJsonObject());
                JsonFields.object(log.getAsJsonObject(), "message").flatMap(m -> JsonFields.object(m, "sender"))
                        .flatMap(s -> JsonFields.string(s, "did")).filter(BlueskyIds::did).ifPresent(senders::add);
            }
        }
        Map<String, BlueskyProfiles.Profile> known = profiles.of(server, credentials, senders);
        List<InboundPost> messages = new ArrayList<>();
        for (JsonObject log : created) {
            message(log, known).ifPresent(messages::add);
        }
        return new Read(messages, next, Optional.empty());
    }

    SendResult send(URI server, Credentials credentials, OutboundReply reply) {
        String[] parts = reply.inReplyToExternalId().split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0] + ":") || parts[1].isBlank()) {
            return new SendResult.Failed(SendFailure.REFUSED, "not a Bluesky direct message");
        }
        JsonObject message = new JsonObject();
        message.addProperty("text", reply.text());
        JsonObject body = new JsonObject();
        body.addProperty("convoId", parts[1]);
        body.add("message", message);
        BlueskySessions.Outcome outcome = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/chat.bsky.convo.sendMessage"))
                .header("Authorization", "Bearer " + session.accessJwt()).header("atproto-proxy", PROXY)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))));
        if (!(outcome instanceof BlueskySessions.Outcome.Answered answered)) {
            return new SendResult.Failed(SendFailure.UNAVAILABLE, "Bluesky's chat service could not be reached");
        }
        if (!answered.answer().ok()) {
            String reason = "HTTP " + answered.answer().status() + ": " + BlueskySessions.error(answered.answer());
            return new SendResult.Failed(answered.answer().status() == 429 ? SendFailure.RATE_LIMITED
                    : answered.answer().status() >= 500 ? SendFailure.UNAVAILABLE : SendFailure.REFUSED, reason);
        }
        return JsonFields.parse(answered.answer().body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "id"))
                .<SendResult>map(id -> new SendResult.Sent(PREFIX + parts[1] + ":" + id, Optional.empty()))
                .orElseGet(() -> new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "Bluesky accepted the message but its answer was unreadable"));
    }

    private static Optional<InboundPost> message(JsonObject log, Map<String, BlueskyProfiles.Profile> known) {
        Optional<String> convo = JsonFields.string(log, "convoId");
        Optional<JsonObject> message = JsonFields.object(log, "message");
        Optional<String> id = message.flatMap(m -> JsonFields.string(m, "id"));
        Optional<Instant> sent = message.flatMap(m -> JsonFields.instant(m, "sentAt"));
        Optional<String> sender = message.flatMap(m -> JsonFields.object(m, "sender"))
                .flatMap(s -> JsonFields.string(s, "did")).filter(BlueskyIds::did);
        if (convo.isEmpty() || id.isEmpty() || sent.isEmpty()) {
            return Optional.empty();
        }
        BlueskyProfiles.Profile profile = sender.map(known::get).orElse(null);
        Author author = sender.map(did -> profile == null ? Author.unknown(did) : new Author(did, profile.handle(),
                profile.displayName(), profile.followers(), Optional.of("https://bsky.app/profile/"
                + profile.handle()))).orElseGet(() -> Author.unknown(""));
        return Optional.of(new InboundPost(PREFIX + convo.get() + ":" + id.get(), PostKind.DIRECT_MESSAGE,
                message.flatMap(m -> JsonFields.string(m, "text")).orElse(""), Optional.empty(), author, sent.get(),
                convo, Optional.empty(), Optional.empty()));
    }

}
