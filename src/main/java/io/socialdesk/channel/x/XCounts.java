package io.socialdesk.channel.x;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Edit;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts' public counts through the posts lookup {@code GET /2/tweets?ids=…&tweet.fields=public_metrics} (up to 100
 * ids a call; {@code public_metrics} holds {@code retweet_count}, {@code quote_count}, {@code like_count},
 * {@code reply_count}; docs.x.com x-api/posts/lookup). Deleted or protected posts come back in {@code errors}, not
 * in {@code data}: they are simply missing from the counts. X charges a post read once per UTC day, so re-reading the
 * same post within a day costs nothing more. An edited post lists its versions in {@code edit_history_tweet_ids}, the
 * newest last (docs.x.com, edit posts); when the newest is not the post read, one more lookup reads the newest
 * versions' words and time, reported as edits.
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
                Map.of("ids", String.join(",", ids), "tweet.fields", "public_metrics,edit_history_tweet_ids"), signer);
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
        Map<String, String> newest = new HashMap<>();
        for (JsonElement element : JsonFields.array(json.get(), "data")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject post = element.getAsJsonObject();
            Optional<String> id = JsonFields.string(post, "id").filter(ids::contains);
            Optional<JsonObject> metrics = JsonFields.object(post, "public_metrics");
            JsonArray versions = JsonFields.array(post, "edit_history_tweet_ids");
            if (id.isPresent() && versions.size() > 1 && versions.get(versions.size() - 1).isJsonPrimitive()) {
                String last = versions.get(versions.size() - 1).getAsString();
                if (PostIds.valid(last) && !last.equals(id.get())) {
                    newest.put(last, id.get());
                }
            }
            if (id.isPresent() && metrics.isPresent()) {
                JsonObject shown = metrics.get();
                counts.put(id.get(), new Engagement(JsonFields.count(shown, "retweet_count"),
                        JsonFields.count(shown, "quote_count"), JsonFields.count(shown, "like_count"),
                        JsonFields.count(shown, "reply_count")));
            }
        }
        return new EngagementRead.Counted(counts, edits(apiBaseUrl, signer, newest));
    }

    /** The newest versions' words and times, by the id of the post they edit; empty if they cannot be read now. */
    private Map<String, Edit> edits(URI apiBaseUrl, XSigner signer, Map<String, String> newest) {
        if (newest.isEmpty()) {
            return Map.of();
        }
        Exchange exchange = calls.get(apiBaseUrl, "/2/tweets", Map.of("ids", String.join(",", newest.keySet()),
                "tweet.fields", "created_at"), signer);
        if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
            return Map.of();
        }
        Map<String, Edit> edits = new HashMap<>();
        JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .map(json -> JsonFields.array(json.getAsJsonObject(), "data")).ifPresent(data -> data.forEach(e -> {
                    if (!e.isJsonObject()) {
                        return;
                    }
                    JsonObject version = e.getAsJsonObject();
                    Optional<String> id = JsonFields.string(version, "id").filter(newest::containsKey);
                    Optional<Instant> at = JsonFields.string(version, "created_at").flatMap(XCounts::instant);
                    if (id.isPresent() && at.isPresent()) {
                        edits.put(newest.get(id.get()), new Edit(XText.plain(JsonFields.string(version, "text")
                                .orElse("")), at.get()));
                    }
                }));
        return edits;
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
