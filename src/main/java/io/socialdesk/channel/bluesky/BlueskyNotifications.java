package io.socialdesk.channel.bluesky;

import static io.socialdesk.channel.wire.JsonFields.instant;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads one notification of {@code app.bsky.notification.listNotifications}: mentions, replies and quotes are posts
 * to us (a quote carries the customer's own words); likes, reposts and follows are not, and a repost has no words of
 * its own. Threading: the conversation is the thread's root post, and a reply names its parent.
 */
final class BlueskyNotifications {
    static final Set<String> CONTACTS = Set.of("mention", "reply", "quote");

    /**
     * One notification as read: when it was indexed (the poll's cursor), the post if it is one to us, and the at-URI of
     * the post it quotes (its {@code app.bsky.embed.record}, alone or with media), read afterwards as its context.
     */
    record Read(Instant indexedAt, Optional<InboundPost> post, Optional<String> quoted) {
        Read(Instant indexedAt, Optional<InboundPost> post) {
            this(indexedAt, post, Optional.empty());
        }
    }

    private BlueskyNotifications() {
    }

    /** Empty when the notification lacks what every notification has (uri, indexedAt): reported as unreadable. */
    static Optional<Read> read(JsonObject notification, Map<String, Long> followers) {
        Optional<String> uri = string(notification, "uri").filter(BlueskyIds::postUri);
        Optional<Instant> indexed = instant(notification, "indexedAt");
        if (indexed.isEmpty()) {
            return Optional.empty();
        }
        String reason = string(notification, "reason").orElse("");
        Optional<JsonObject> record = object(notification, "record");
        if (!CONTACTS.contains(reason)) {
            return Optional.of(new Read(indexed.get(), Optional.empty()));
        }
        if (uri.isEmpty() || record.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonObject> reply = object(record.get(), "reply");
        Optional<String> parent = reply.flatMap(r -> object(r, "parent")).flatMap(p -> string(p, "uri"))
                .filter(BlueskyIds::postUri);
        Optional<String> root = reply.flatMap(r -> object(r, "root")).flatMap(p -> string(p, "uri"))
                .filter(BlueskyIds::postUri);
        Author author = author(object(notification, "author"), followers);
        Instant created = instant(record.get(), "createdAt").orElse(indexed.get());
        return Optional.of(new Read(indexed.get(), Optional.of(new InboundPost(uri.get(), PostKind.MENTION,
                string(record.get(), "text").orElse(""), webLink(author.handle(), uri.get()), author, created,
                Optional.of(root.orElse(uri.get())), parent, language(record.get()),
                BlueskyMedia.read(record.get(), author.externalUserId()))), quoted(record.get())));
    }

    /** {@code embed.record.uri} ({@code app.bsky.embed.record}) or {@code embed.record.record.uri} (with media). */
    private static Optional<String> quoted(JsonObject record) {
        Optional<JsonObject> embedded = object(record, "embed").flatMap(e -> object(e, "record"));
        return embedded.flatMap(r -> string(r, "uri")).or(() -> embedded.flatMap(r -> object(r, "record"))
                .flatMap(r -> string(r, "uri"))).filter(BlueskyIds::postUri);
    }

    /** The DIDs of a page's authors, to ask for their follower counts in one call. */
    static Set<String> authors(JsonArray notifications) {
        java.util.LinkedHashSet<String> dids = new java.util.LinkedHashSet<>();
        for (JsonElement element : notifications) {
            if (element.isJsonObject()) {
                object(element.getAsJsonObject(), "author").flatMap(a -> string(a, "did"))
                        .filter(BlueskyIds::did).ifPresent(dids::add);
            }
        }
        return dids;
    }

    private static Author author(Optional<JsonObject> profile, Map<String, Long> followers) {
        Optional<String> did = profile.flatMap(p -> string(p, "did")).filter(BlueskyIds::did);
        if (did.isEmpty()) {
            return Author.unknown("");
        }
        String handle = string(profile.get(), "handle").filter(h -> !"handle.invalid".equals(h)).orElse("");
        Long count = followers.get(did.get());
        return new Author(did.get(), handle, string(profile.get(), "displayName").orElse(""),
                count == null ? OptionalLong.empty() : OptionalLong.of(count),
                handle.isEmpty() ? Optional.empty() : Optional.of("https://bsky.app/profile/" + handle));
    }

    private static Optional<URI> webLink(String handle, String postUri) {
        String who = handle.isEmpty() ? BlueskyIds.repository(postUri) : handle;
        try {
            return Optional.of(URI.create("https://bsky.app/profile/" + who + "/post/"
                    + BlueskyIds.recordKey(postUri)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> language(JsonObject record) {
        JsonElement langs = record.get("langs");
        return langs != null && langs.isJsonArray() && !langs.getAsJsonArray().isEmpty()
                && langs.getAsJsonArray().get(0).isJsonPrimitive()
                ? Optional.of(langs.getAsJsonArray().get(0).getAsString()) : Optional.empty();
    }

    static List<String> reasons() {
        return List.of("mention", "reply", "quote");
    }
}
