package io.socialdesk.channel.meta;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comment's public counts through {@code GET /{comment-id}?fields=…}: a Facebook comment's {@code like_count} and
 * {@code comment_count}, an Instagram comment's {@code like_count} (Graph API Comment and IG Comment references).
 * Comments cannot be shared, so likes are their spread. One call per comment: Graph's multi-id lookup fails as a
 * whole when one of the ids was deleted. Code 100 (the comment is gone or hidden) leaves it out of the counts.
 */
final class MetaCounts {
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(15);

    private final GraphApi graph;
    private final Clock clock;
    private final String fields;

    MetaCounts(GraphApi graph, Clock clock, String fields) {
        this.graph = graph;
        this.clock = clock;
        this.fields = fields;
    }

    EngagementRead read(URI base, Credentials credentials, List<String> commentIds) {
        Optional<String> token = credentials.get("pageAccessToken");
        if (token.isEmpty()) {
            return new EngagementRead.Stopped(Optional.empty(), "no Page access token configured");
        }
        Map<String, Engagement> counts = new HashMap<>();
        for (String id : commentIds) {
            if (!MetaIds.valid(id)) {
                continue; // not an id Graph gave us: nothing to ask, treat it as gone
            }
            Exchange exchange = graph.get(base, id + "?fields=" + fields, token.get());
            if (exchange instanceof Exchange.Failed failed) {
                return new EngagementRead.Stopped(Optional.empty(), failed.detail());
            }
            Exchange.Answer answer = (Exchange.Answer) exchange;
            if (answer.ok()) {
                Optional<JsonObject> comment = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                        .map(JsonElement::getAsJsonObject);
                if (comment.isEmpty()) {
                    return new EngagementRead.Stopped(Optional.empty(),
                            "Meta answered with something that is not JSON");
                }
                counts.put(id, new Engagement(0, 0, JsonFields.count(comment.get(), "like_count"),
                        JsonFields.count(comment.get(), "comment_count")));
                continue;
            }
            GraphError error = GraphError.of(answer);
            switch (error.kind()) {
                case REFUSED -> {
                    // deleted or hidden: left out of the counts
                }
                case RATE_LIMIT -> {
                    return new EngagementRead.Stopped(Optional.of(clock.instant().plus(error.waitFor()
                            .orElse(DEFAULT_BACKOFF))), "rate limited");
                }
                default -> {
                    return new EngagementRead.Stopped(Optional.empty(), error.describe());
                }
            }
        }
        return new EngagementRead.Counted(counts);
    }

}
