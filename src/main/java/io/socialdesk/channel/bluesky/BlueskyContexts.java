package io.socialdesk.channel.bluesky;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostContext;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The posts customers' replies answer: a notification's record names its parent only by at-URI, so the parents of
 * a poll's replies are read in one {@code app.bsky.feed.getPosts} call (at most {@value #MAX_URIS} URIs, its limit)
 * and kept with each reply as its context. A parent that cannot be read leaves the reply without context.
 */
final class BlueskyContexts {
    static final int MAX_URIS = 25;

    private final HttpEdge edge;
    private final BlueskySessions sessions;

    BlueskyContexts(HttpEdge edge, BlueskySessions sessions) {
        this.edge = edge;
        this.sessions = sessions;
    }

    List<InboundPost> added(URI server, Credentials credentials, List<InboundPost> posts) {
        List<String> parents = posts.stream().filter(p -> p.context().isEmpty()).flatMap(p -> p.inReplyTo().stream())
                .filter(BlueskyIds::postUri).distinct().limit(MAX_URIS).toList();
        if (parents.isEmpty()) {
            return posts;
        }
        String query = parents.stream().map(uri -> "uris=" + URLEncoder.encode(uri, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        BlueskySessions.Outcome outcome = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/app.bsky.feed.getPosts?" + query))
                .header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json")
                .GET()));
        if (!(outcome instanceof BlueskySessions.Outcome.Answered answered) || !answered.answer().ok()) {
            return posts;
        }
        Map<String, PostContext> found = new HashMap<>();
        JsonFields.parse(answered.answer().body()).filter(JsonElement::isJsonObject)
                .map(json -> JsonFields.array(json.getAsJsonObject(), "posts")).ifPresent(list -> list.forEach(p -> {
                    if (p.isJsonObject()) {
                        JsonObject post = p.getAsJsonObject();
                        JsonFields.string(post, "uri").ifPresent(uri -> found.put(uri, new PostContext(
                                PostContext.Relation.REPLY_TO,
                                JsonFields.object(post, "author").flatMap(a -> JsonFields.string(a, "handle"))
                                        .orElse(""),
                                JsonFields.object(post, "record").flatMap(r -> JsonFields.string(r, "text"))
                                        .orElse(""))));
                    }
                }));
        return posts.stream().map(post -> post.context().isPresent() ? post : post.inReplyTo().map(found::get)
                .map(post::withContext).orElse(post)).toList();
    }
}
