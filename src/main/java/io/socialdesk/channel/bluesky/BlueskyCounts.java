package io.socialdesk.channel.bluesky;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts' public counts through {@code app.bsky.feed.getPosts} (at most 25 at-URIs a call; each postView carries
 * {@code repostCount}, {@code quoteCount}, {@code likeCount}, {@code replyCount}; bluesky-social/atproto lexicon
 * app/bsky/feed/getPosts.json and defs.json), asked through the account's PDS, which proxies app.bsky calls to the
 * AppView. A post that is deleted or hidden is left out of {@code posts}.
 */
final class BlueskyCounts {
    static final int PER_CALL = 25;

    private final HttpEdge edge;
    private final BlueskySessions sessions;

    BlueskyCounts(HttpEdge edge, BlueskySessions sessions) {
        this.edge = edge;
        this.sessions = sessions;
    }

    EngagementRead read(URI server, Credentials credentials, List<String> postUris,
                        Function<Exchange.Answer, EngagementRead> refusal) {
        List<String> uris = postUris.stream().filter(BlueskyIds::postUri).distinct().limit(PER_CALL).toList();
        if (uris.isEmpty()) {
            return new EngagementRead.Counted(Map.of());
        }
        String query = String.join("&", uris.stream()
                .map(uri -> "uris=" + URLEncoder.encode(uri, StandardCharsets.UTF_8)).toList());
        BlueskySessions.Outcome outcome = sessions.with(server, credentials, session -> edge.send(HttpRequest
                .newBuilder(server.resolve("/xrpc/app.bsky.feed.getPosts?" + query))
                .header("Authorization", "Bearer " + session.accessJwt()).header("Accept", "application/json")
                .GET()));
        return switch (outcome) {
            case BlueskySessions.Outcome.Refused refused ->
                    new EngagementRead.Stopped(Optional.empty(), refused.reason());
            case BlueskySessions.Outcome.NoSession none -> none.exchange() instanceof Exchange.Answer answer
                    ? refusal.apply(answer) : new EngagementRead.Stopped(Optional.empty(), none.reason());
            case BlueskySessions.Outcome.Answered answered -> answered.answer().status() == 200
                    ? counted(answered.answer(), uris) : refusal.apply(answered.answer());
        };
    }

    private static EngagementRead counted(Exchange.Answer answer, List<String> asked) {
        Optional<JsonObject> json = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject);
        if (json.isEmpty()) {
            return new EngagementRead.Stopped(Optional.empty(),
                    "Bluesky answered getPosts with something that is not JSON");
        }
        Map<String, Engagement> counts = new HashMap<>();
        for (JsonElement element : JsonFields.array(json.get(), "posts")) {
            if (element.isJsonObject()) {
                JsonObject post = element.getAsJsonObject();
                JsonFields.string(post, "uri").filter(asked::contains).ifPresent(uri -> counts.put(uri,
                        new Engagement(JsonFields.count(post, "repostCount"), JsonFields.count(post, "quoteCount"),
                                JsonFields.count(post, "likeCount"), JsonFields.count(post, "replyCount"))));
            }
        }
        return new EngagementRead.Counted(counts);
    }

}
