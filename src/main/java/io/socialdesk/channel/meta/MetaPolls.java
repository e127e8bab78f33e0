package io.socialdesk.channel.meta;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * One list to read, and the field of its items that says how far back a page reaches ({@code updated_time} for
     * conversations, the post's creation for posts and media) with how far back past the cursor to page for it
     * ({@code lookBack}: comments arrive on posts that are days old).
     */
    record Source(String pathAndQuery, Reader read, String timeField, Duration lookBack) {
        static Source of(String path, String fields, int limit, Reader read, String timeField, Duration lookBack) {
            return new Source(path + (path.contains("?") ? "&" : "?") + "fields="
                    + URLEncoder.encode(fields, StandardCharsets.UTF_8) + "&limit=" + limit, read, timeField,
                    lookBack);
        }
    }

    /** At most this many pages per source and poll; a busier account says so in its health. */
    static final int MAX_PAGES = 5;
    /** At most this many further pages of one nested list (a conversation's messages, a post's comments). */
    static final int MAX_NESTED_PAGES = 10;
    /** At most this many nested pages per poll in all, so one poll stays within Graph's call budget. */
    static final int MAX_NESTED_CALLS = 100;
    private static final int NESTED_LIMIT = 50;

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
            Optional<FetchResult> failure = read(base, token, source, since, collected)
                    .or(() -> readNested(base, token, since, collected));
            if (failure.isPresent()) {
                return failure.get();
            }
        }
        List<InboundPost> posts = collected.posts.stream()
                .sorted(Comparator.comparing(InboundPost::occurredAt).thenComparing(InboundPost::externalId)).toList();
        Instant next = collected.newest.filter(n -> n.isAfter(since)).orElse(since);
        return new FetchResult.Page(posts, Optional.of(Long.toString(next.toEpochMilli())), false, Optional.empty(),
                collected.unreadable);
    }

    /**
     * Pages through one list with Graph's own cursors ({@code paging.cursors.after}) while its items still reach back
     * to the cursor (less the source's look-back), at most {@link #MAX_PAGES} pages.
     */
    private Optional<FetchResult> read(URI base, String token, Source source, Instant since,
                                       MetaItems.Collected collected) {
        Instant reach = since.minus(source.lookBack());
        Optional<String> after = Optional.empty();
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            String query = source.pathAndQuery() + after.map(a -> "&after="
                    + URLEncoder.encode(a, StandardCharsets.UTF_8)).orElse("");
            GraphApi.Result<JsonObject, FetchResult> page = graph.read(graph.get(base, query, token));
            if (page.failure().isPresent()) {
                return page.failure();
            }
            JsonObject json = page.value().orElseThrow();
            source.read().read(json, since, collected);
            // only a paging.next means more: a last page may still carry cursors
            after = MetaItems.nextCursor(json);
            JsonArray items = JsonFields.array(json, "data");
            Optional<Instant> oldest = items.isEmpty() || !items.get(items.size() - 1).isJsonObject()
                    ? Optional.empty() : GraphApi.time(items.get(items.size() - 1).getAsJsonObject(),
                    source.timeField());
            if (after.isEmpty() || oldest.isEmpty() || oldest.get().isBefore(reach)) {
                return Optional.empty();
            }
        }
        if (source.lookBack().isZero()) { // a real backlog of changes, not just the look-back window's end
            collected.unreadable.add("more than " + MAX_PAGES + " pages of " + source.pathAndQuery().split("\\?")[0]
                    + " changed since the last poll; older ones were not read this time");
        }
        return Optional.empty();
    }

    /**
     * Reads on the nested lists the pages noted (messages, comments, replies), each at its own edge with Graph's
     * cursor, until {@code paging.next} is gone or, for a list Graph gives newest first, its items are older than the
     * cursor; within {@link #MAX_NESTED_PAGES} per list and {@link #MAX_NESTED_CALLS} per poll (what is left is said
     * in the account's health).
     */
    private Optional<FetchResult> readNested(URI base, String token, Instant since, MetaItems.Collected collected) {
        int calls = 0;
        while (!collected.more.isEmpty()) {
            MetaItems.Nested list = collected.more.poll();
            Optional<String> after = Optional.of(list.after());
            for (int pages = 0; after.isPresent(); pages++) {
                if (pages >= MAX_NESTED_PAGES || calls >= MAX_NESTED_CALLS) {
                    collected.unreadable.add("more of " + list.edge() + " than one poll reads; older ones were not "
                            + "read this time");
                    break;
                }
                calls++;
                GraphApi.Result<JsonObject, FetchResult> page = graph.read(graph.get(base, list.edge() + "?fields="
                        + URLEncoder.encode(list.kind().fields, StandardCharsets.UTF_8) + "&limit=" + NESTED_LIMIT
                        + list.kind().extra + "&after=" + URLEncoder.encode(after.get(), StandardCharsets.UTF_8),
                        token));
                if (page.failure().isPresent()) {
                    return page.failure();
                }
                JsonObject json = page.value().orElseThrow();
                MetaItems.nested(json, list, since, collected);
                after = MetaItems.nextCursor(json).filter(a -> MetaItems.reaches(json, list.kind(), since));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(String cursor) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(cursor)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
