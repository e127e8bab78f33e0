package io.socialdesk.channel.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reading networks' JSON leniently: a field that is absent, null or of another type reads as empty, so one odd field
 * never fails a page. Callers decide which fields a post cannot do without.
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static Optional<String> string(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
    }

    public static Optional<JsonObject> object(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
    }

    public static JsonArray array(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    public static OptionalLong number(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value.getAsLong());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** A count the network shows (reposts, likes): 0 when absent, not a number or negative. */
    public static long count(JsonObject parent, String name) {
        return Math.max(0, number(parent, name).orElse(0));
    }

    /** An ISO-8601 instant ({@code 2026-01-15T10:35:00.000Z}); empty when absent or not one. */
    public static Optional<Instant> instant(JsonObject parent, String name) {
        try {
            return string(parent, name).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The body as JSON, or empty when it is not JSON at all. */
    public static Optional<JsonElement> parse(String body) {
        try {
            return Optional.of(JsonParser.parseString(body));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
