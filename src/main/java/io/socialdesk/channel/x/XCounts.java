package io.socialdesk.channel.x;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts' public counts through the posts lookup {@code GET /2/tweets?ids=…&tweet.fields=public_metrics} (up to 100
 * ids a call; {@code public_metrics} holds {@code retweet_count}, {@code quote_count}, {@code like_count},
 * {@code reply_count}; docs.x.com x-api/posts/lookup). Deleted or protected posts come back in {@code errors}, not
 * in {@code data}: they are simply missing from the counts. X charges a post read once per UTC day, so re-reading the
 * same post within a day costs nothing more.
 */
final class XCounts {
    static final int PER_CALL = 100;

    private final XCalls calls;
    private final Clock clock;

    XCounts(XCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    EngagementRead read(URI apiBaseUrl, XSigner signer, List<String> postIds) {
        List<String> ids = postIds.stream().filter(PostIds::valid).distinct().limit(PER_CALL).toList();
        if (ids.isEmpty()) {
            return new EngagementRead.Counted(Map.of());
        }
        Exchange exchange = calls.get(apiBaseUrl, "/2/tweets",
                Map.of("ids", String.join(",", ids), "tweet.fields", "public_metrics"), signer);
        if (exchange instanceof Exchange.Failed failed) {
            return new EngagementRead.Stopped(Optional.empty(), failed.detail());
        }
        Exchange.Answer answer = (Exchange.Answer) exchange;
        Optional<FetchResult> refused = XFailures.of(answer.status(), answer.header("x-rate-limit-reset"), clock);
        if (refused.isPresent()) {
            return EngagementRead.Stopped.of(refused.get());
        }
        Optional<JsonObject> json = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject);
        if (json.isEmpty()) {
            return new EngagementRead.Stopped(Optional.empty(),
                    "X answered the posts lookup with something that is not JSON");
        }
        Map<String, Engagement> counts = new HashMap<>();
        for (JsonElement element : JsonFields.array(json.get(), "data")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject post = element.getAsJsonObject();
            Optional<String> id = JsonFields.string(post, "id").filter(ids::contains);
            Optional<JsonObject> metrics = JsonFields.object(post, "public_metrics");
            if (id.isPresent() && metrics.isPresent()) {
                JsonObject shown = metrics.get();
                counts.put(id.get(), new Engagement(JsonFields.count(shown, "retweet_count"),
                        JsonFields.count(shown, "quote_count"), JsonFields.count(shown, "like_count"),
                        JsonFields.count(shown, "reply_count")));
            }
        }
        return new EngagementRead.Counted(counts);
    }

}
