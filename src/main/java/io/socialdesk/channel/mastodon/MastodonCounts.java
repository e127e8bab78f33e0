package io.socialdesk.channel.mastodon;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A status's public counts through {@code GET /api/v1/statuses/:id} ({@code reblogs_count},
 * {@code favourites_count}, {@code replies_count}; mastodon/documentation methods/statuses.md). One call per status:
 * the multi-id {@code GET /api/v1/statuses?id[]=} exists only from Mastodon 4.3, and instances run older versions.
 * A 404 means the status was deleted or is not visible to the account any more.
 */
final class MastodonCounts {
    private final HttpEdge edge;

    MastodonCounts(HttpEdge edge) {
        this.edge = edge;
    }

    EngagementRead read(URI apiBaseUrl, String token, List<String> statusIds) {
        Map<String, Engagement> counts = new HashMap<>();
        Map<String, io.socialdesk.channel.Edit> edits = new HashMap<>();
        for (String id : statusIds) {
            if (!PostIds.valid(id)) {
                continue; // not a status id we could have read from Mastodon: treat it as gone
            }
            Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/statuses/" + id))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
            if (exchange instanceof Exchange.Failed failed) {
                return new EngagementRead.Stopped(Optional.empty(), failed.detail());
            }
            Exchange.Answer answer = (Exchange.Answer) exchange;
            switch (answer.status()) {
                case 200 -> {
                    Optional<JsonObject> status = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                            .map(JsonElement::getAsJsonObject);
                    if (status.isEmpty()) {
                        return new EngagementRead.Stopped(Optional.empty(),
                                "Mastodon answered a status with something that is not JSON");
                    }
                    JsonObject read = status.get();
                    counts.put(id, new Engagement(JsonFields.count(read, "reblogs_count"),
                            JsonFields.count(read, "quotes_count"), JsonFields.count(read, "favourites_count"),
                            JsonFields.count(read, "replies_count")));
                    // edited_at is set once the author edits (Mastodon 3.5): the status carries its new content
                    JsonFields.instant(read, "edited_at").ifPresent(at -> edits.put(id, new io.socialdesk.channel.Edit(
                            MastodonHtml.toText(JsonFields.string(read, "content").orElse("")), at)));
                }
                case 404, 410 -> {
                    // deleted or hidden: left out of the counts
                }
                case 429 -> {
                    return new EngagementRead.Stopped(MastodonDriver.reset(answer), "rate limited");
                }
                case 401, 403 -> {
                    return new EngagementRead.Stopped(Optional.empty(), "HTTP " + answer.status()
                            + ": the access token was refused");
                }
                default -> {
                    return new EngagementRead.Stopped(Optional.empty(), "HTTP " + answer.status());
                }
            }
        }
        return new EngagementRead.Counted(counts, edits);
    }
}
