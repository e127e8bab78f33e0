package io.socialdesk.channel.bluesky;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.OutboundReply;
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
import java.util.Locale;
import java.util.Optional;

/**
 * A reply is a post ({@code com.atproto.repo.createRecord}, collection {@code app.bsky.feed.post}) whose {@code reply}
 * names the thread's root and the customer's post as parent, each by at-URI and CID; the parent's CID and root are
 * read first with {@code app.bsky.feed.getPosts}. The customer's handle leads the text with a mention facet, whose
 * offsets count UTF-8 bytes, so Bluesky notifies them. Pictures are uploaded first
 * ({@code com.atproto.repo.uploadBlob}, the raw bytes) and embedded as {@code app.bsky.embed.images} with their blobs. Bluesky has no idempotency key: a send is made once per reply.
 */
final class BlueskyReplies {
    private final HttpEdge edge;
    private final BlueskySessions sessions;
    private final Clock clock;

    BlueskyReplies(HttpEdge edge, BlueskySessions sessions, Clock clock) {
        this.edge = edge;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A post names the customer first so they are notified; a direct message goes to them anyway. */
    static String withMention(OutboundReply reply) {
        if (reply.kind() == io.socialdesk.channel.PostKind.DIRECT_MESSAGE) {
            return reply.text();
        }
        String mention = "@" + reply.recipientHandle();
        boolean mentioned = reply.text().toLowerCase(Locale.ROOT).startsWith(mention.toLowerCase(Locale.ROOT));
        return reply.recipientHandle().isBlank() || mentioned ? reply.text() : mention + " " + reply.text();
    }

    SendResult send(URI server, Credentials credentials, OutboundReply reply) {
        if (!BlueskyIds.postUri(reply.inReplyToExternalId())) {
            return new SendResult.Failed(SendFailure.REFUSED, "not a Bluesky post: " + reply.inReplyToExternalId());
        }
        BlueskySessions.Outcome parent = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/app.bsky.feed.getPosts?uris="
                        + URLEncoder.encode(reply.inReplyToExternalId(), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json")
                .GET()));
        if (!(parent instanceof BlueskySessions.Outcome.Answered read)) {
            return failed(parent);
        }
        if (!read.answer().ok()) {
            return failure(read.answer());
        }
        Optional<JsonObject> post = JsonFields.parse(read.answer().body()).filter(JsonElement::isJsonObject)
                .map(json -> JsonFields.array(json.getAsJsonObject(), "posts"))
                .filter(posts -> !posts.isEmpty() && posts.get(0).isJsonObject())
                .map(posts -> posts.get(0).getAsJsonObject());
        Optional<String> cid = post.flatMap(p -> JsonFields.string(p, "cid"));
        if (post.isEmpty() || cid.isEmpty()) {
            return new SendResult.Failed(SendFailure.REFUSED, "the customer's post is no longer on Bluesky");
        }
        JsonObject parentRef = ref(reply.inReplyToExternalId(), cid.get());
        JsonObject rootRef = JsonFields.object(post.get(), "record").flatMap(r -> JsonFields.object(r, "reply"))
                .flatMap(r -> JsonFields.object(r, "root"))
                .filter(r -> JsonFields.string(r, "uri").filter(BlueskyIds::postUri).isPresent()
                        && JsonFields.string(r, "cid").isPresent())
                .orElse(parentRef);
        JsonArray images = new JsonArray();
        for (io.socialdesk.channel.ReplyMedia file : reply.media()) {
            BlueskySessions.Outcome uploaded = sessions.with(server, credentials, session -> edge.send(HttpRequest
                    .newBuilder(server.resolve("/xrpc/com.atproto.repo.uploadBlob"))
                    .header("Authorization", "Bearer " + session.accessJwt()).header("Content-Type", file.type())
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(file.bytes()))));
            if (!(uploaded instanceof BlueskySessions.Outcome.Answered blob) || !blob.answer().ok()) {
                return uploaded instanceof BlueskySessions.Outcome.Answered refused ? failure(refused.answer())
                        : failed(uploaded);
            }
            Optional<JsonObject> ref = JsonFields.parse(blob.answer().body()).filter(JsonElement::isJsonObject)
                    .flatMap(json -> JsonFields.object(json.getAsJsonObject(), "blob"));
            if (ref.isEmpty()) {
                return new SendResult.Failed(SendFailure.UNAVAILABLE, "Bluesky accepted " + file.name()
                        + " but its answer was unreadable; the reply was not sent");
            }
            JsonObject image = new JsonObject();
            image.addProperty("alt", file.description());
            image.add("image", ref.get());
            images.add(image);
        }
        BlueskySessions.Outcome created = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/com.atproto.repo.createRecord"))
                .header("Authorization", "Bearer " + session.accessJwt()).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(session.did(), reply, rootRef, parentRef, images).toString(),
                        StandardCharsets.UTF_8))));
        if (!(created instanceof BlueskySessions.Outcome.Answered answered)) {
            return failed(created);
        }
        if (!answered.answer().ok()) {
            return failure(answered.answer());
        }
        Optional<String> uri = JsonFields.parse(answered.answer().body()).filter(JsonElement::isJsonObject)
                .flatMap(json -> JsonFields.string(json.getAsJsonObject(), "uri")).filter(BlueskyIds::postUri);
        return uri.<SendResult>map(u -> new SendResult.Sent(u, Optional.of(URI.create("https://bsky.app/profile/"
                        + BlueskyIds.repository(u) + "/post/" + BlueskyIds.recordKey(u)))))
                .orElseGet(() -> new SendResult.Failed(SendFailure.UNAVAILABLE,
                        "Bluesky accepted the reply but its answer was unreadable"));
    }

    /** {@code images}: the uploaded pictures' {@code app.bsky.embed.images#image} entries (alt, blob); may be empty. */
    JsonObject body(String did, OutboundReply reply, JsonObject root, JsonObject parent, JsonArray images) {
        String text = withMention(reply);
        JsonObject record = new JsonObject();
        record.addProperty("$type", "app.bsky.feed.post");
        record.addProperty("text", text);
        record.addProperty("createdAt", clock.instant().toString());
        JsonObject thread = new JsonObject();
        thread.add("root", root);
        thread.add("parent", parent);
        record.add("reply", thread);
        if (!images.isEmpty()) {
            JsonObject embed = new JsonObject();
            embed.addProperty("$type", "app.bsky.embed.images");
            embed.add("images", images);
            record.add("embed", embed);
        }
        String mention = "@" + reply.recipientHandle();
        if (!reply.recipientHandle().isBlank() && BlueskyIds.did(reply.recipientUserId())
                && text.startsWith(mention)) {
            JsonObject index = new JsonObject();
            index.addProperty("byteStart", 0);
            index.addProperty("byteEnd", mention.getBytes(StandardCharsets.UTF_8).length);
            JsonObject feature = new JsonObject();
            feature.addProperty("$type", "app.bsky.richtext.facet#mention");
            feature.addProperty("did", reply.recipientUserId());
            JsonArray features = new JsonArray();
            features.add(feature);
            JsonObject facet = new JsonObject();
            facet.add("index", index);
            facet.add("features", features);
            JsonArray facets = new JsonArray();
            facets.add(facet);
            record.add("facets", facets);
        }
        JsonObject body = new JsonObject();
        body.addProperty("repo", did);
        body.addProperty("collection", "app.bsky.feed.post");
        body.add("record", record);
        return body;
    }

    private static JsonObject ref(String uri, String cid) {
        JsonObject ref = new JsonObject();
        ref.addProperty("uri", uri);
        ref.addProperty("cid", cid);
        return ref;
    }

    private static SendResult failed(BlueskySessions.Outcome outcome) {
        return switch (outcome) {
            case BlueskySessions.Outcome.Refused refused -> new SendResult.Failed(SendFailure.AUTH_FAILED,
                    refused.reason());
            case BlueskySessions.Outcome.NoSession none when none.exchange() instanceof Exchange.Answer answer ->
                    failure(answer);
            case BlueskySessions.Outcome.NoSession none -> new SendResult.Failed(SendFailure.UNAVAILABLE,
                    none.reason());
            case BlueskySessions.Outcome.Answered answered -> failure(answered.answer());
        };
    }

    private static SendResult failure(Exchange.Answer answer) {
        String reason = "HTTP " + answer.status() + ": " + BlueskySessions.error(answer);
        return switch (answer.status()) {
            case 401, 403 -> new SendResult.Failed(SendFailure.AUTH_FAILED, reason);
            case 400, 404 -> new SendResult.Failed(SendFailure.REFUSED, reason);
            case 429 -> new SendResult.Failed(SendFailure.RATE_LIMITED, "rate limited until "
                    + answer.header("ratelimit-reset").map(BlueskyDriver::epochSeconds).map(Object::toString)
                    .orElse("the limit resets"));
            default -> new SendResult.Failed(SendFailure.UNAVAILABLE, reason);
        };
    }
}
