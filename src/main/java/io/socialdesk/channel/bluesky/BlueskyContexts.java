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
 * The posts customers' replies answer and their quotes quote: a notification's record names them only by at-URI, so
 * the poll's parents and quoted posts are read in one {@code app.bsky.feed.getPosts} call (at most {@value #MAX_URIS}
 * URIs, its limit) and kept with each post as its context. One that cannot be read leaves the post without context.
 */
final class BlueskyContexts {
    static final int MAX_URIS = 25;

    private final HttpEdge edge;
    private final BlueskySessions sessions;

    BlueskyContexts(HttpEdge edge, BlueskySessions sessions) {
        this.edge = edge;
        this.sessions = sessions;
    }

    /** {@code quoted}: by a quoting post's at-URI, the at-URI of the post it quotes. */
    List<InboundPost> added(URI server, Credentials credentials, List<InboundPost> posts, Map<String, String> quoted) {
        List<String> parents = posts.stream().filter(p -> p.context().isEmpty())
                .flatMap(p -> java.util.stream.Stream.concat(p.inReplyTo().stream(),
                        java.util.Optional.ofNullable(quoted.get(p.externalId())).stream()))
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
        return posts.stream().map(post -> {
            if (post.context().isPresent()) {
                return post;
            }
            java.util.Optional<PostContext> quote = java.util.Optional.ofNullable(quoted.get(post.externalId()))
                    .map(found::get).map(c -> new PostContext(PostContext.Relation.QUOTE, c.authorHandle(), c.text()));
            return quote.or(() -> post.inReplyTo().map(found::get)).map(post::withContext).orElse(post);
        }).toList();
    }
}
