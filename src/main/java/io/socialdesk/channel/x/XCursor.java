package io.socialdesk.channel.x;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.web.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where X intake stands, stored as the account's cursor. Mentions are read with {@code since_id}; while a response
 * pages back with {@code next_token}, {@code since} stays put and {@code next}/{@code newest} remember the paging, so
 * a crash in the middle re-reads rather than skips. {@code dm} is the newest direct message already recorded.
 */
record XCursor(Optional<String> since, Optional<String> next, Optional<String> newest, Optional<String> dm) {
    static final XCursor START = new XCursor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static XCursor parse(Optional<String> stored) {
        if (stored.isEmpty() || stored.get().isBlank()) {
            return START;
        }
        try {
            JsonObject json = JsonParser.parseString(stored.get()).getAsJsonObject();
            return new XCursor(field(json, "since"), field(json, "next"), field(json, "newest"), field(json, "dm"));
        } catch (RuntimeException e) {
            return START; // written by another version: start again from the newest posts
        }
    }

    boolean paging() {
        return next.isPresent();
    }

    /** After a page of mentions: keep paging back, or, on the last page, move {@code since} to the newest seen. */
    XCursor afterMentions(Optional<String> nextToken, Optional<String> pageNewest) {
        Optional<String> newestSeen = newest.or(() -> pageNewest);
        return nextToken.isPresent()
                ? new XCursor(since, nextToken, newestSeen, dm)
                : new XCursor(newestSeen.or(() -> since), Optional.empty(), Optional.empty(), dm);
    }

    XCursor afterDirectMessages(Optional<String> newestDm) {
        return new XCursor(since, next, newest, newestDm.or(() -> dm));
    }

    String serialize() {
        Map<String, String> json = new LinkedHashMap<>();
        since.ifPresent(v -> json.put("since", v));
        next.ifPresent(v -> json.put("next", v));
        newest.ifPresent(v -> json.put("newest", v));
        dm.ifPresent(v -> json.put("dm", v));
        return Json.write(json);
    }

    private static Optional<String> field(JsonObject json, String name) {
        return json.has(name) && !json.get(name).isJsonNull() ? Optional.of(json.get(name).getAsString())
                : Optional.empty();
    }
}
