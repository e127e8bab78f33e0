package io.socialdesk.channel.meta;

import com.google.gson.JsonObject;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One poll of a Meta account: each listed source is read (its newest items: Graph lists conversations by last
 * activity and posts by creation), items since the cursor are taken, and the cursor becomes the newest item's time.
 * The cursor is a time, not Graph's paging cursor, so items that appear under an older post are still found as long
 * as the post is among the newest read. A first poll takes nothing before the account was connected: connecting
 * never turns history into requests.
 */
final class MetaPolls {
    /** How one source's page is read: the MetaItems method for its shape. */
    @FunctionalInterface
    interface Reader {
        void read(JsonObject page, Instant since, MetaItems.Collected into);
    }

    record Source(String pathAndQuery, Reader read) {
        static Source of(String path, String fields, int limit, Reader read) {
            return new Source(path + (path.contains("?") ? "&" : "?") + "fields="
                    + URLEncoder.encode(fields, StandardCharsets.UTF_8) + "&limit=" + limit, read);
        }
    }

    private final GraphApi graph;
    private final Clock clock;

    MetaPolls(GraphApi graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    FetchResult poll(URI base, String token, Optional<String> cursor, List<Source> sources) {
        Optional<Instant> stored = cursor.flatMap(MetaPolls::instant);
        // Graph times have whole seconds: a first poll's start is cut to the second so nothing written in it is lost
        Instant since = stored.orElse(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        MetaItems.Collected collected = new MetaItems.Collected();
        for (Source source : sources) {
            GraphApi.Result<JsonObject, FetchResult> page = graph.read(graph.get(base, source.pathAndQuery(), token));
            if (page.failure().isPresent()) {
                return page.failure().get();
            }
            source.read().read(page.value().orElseThrow(), since, collected);
        }
        List<InboundPost> posts = collected.posts.stream()
                .sorted(Comparator.comparing(InboundPost::occurredAt).thenComparing(InboundPost::externalId)).toList();
        Instant next = collected.newest.filter(n -> n.isAfter(since)).orElse(since);
        return new FetchResult.Page(posts, Optional.of(Long.toString(next.toEpochMilli())), false, Optional.empty(),
                collected.unreadable);
    }

    private static Optional<Instant> instant(String cursor) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(cursor)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
