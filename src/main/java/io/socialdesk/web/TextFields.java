package io.socialdesk.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text in a JSON body that no person could have typed: NUL, C0 control characters other than tab, line feed
 * and carriage return, DEL, and unpaired surrogates. Names and values both count; the field is named by its path
 * ({@code credentials.accessToken}, {@code blockWords[2]}).
 */
public final class TextFields {
    private TextFields() {
    }

    public static Optional<String> firstUnreadable(JsonObject json) {
        return firstUnreadable(json, "");
    }

    /** Whether {@code text} is plain text: no NUL, stray control character or half surrogate pair. */
    public static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> firstUnreadable(JsonElement element, String path) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> field : element.getAsJsonObject().entrySet()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!plain(field.getKey())) {
                    return Optional.of(path.isEmpty() ? "body" : path);
                }
                Optional<String> inside = firstUnreadable(field.getValue(), name);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                Optional<String> inside = firstUnreadable(array.get(i), path + "[" + i + "]");
                if (inside.isPresent()) {
                    return inside;
                }
            }
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                && !plain(element.getAsString())) {
            return Optional.of(path);
        }
        return Optional.empty();
    }
}
