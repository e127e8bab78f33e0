package io.socialdesk.support;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * One JSON object read strictly (RFC 8259): no comments, single quotes, unquoted names, trailing commas or content
 * after the object; Gson's default parser accepts all of these. For what clients send us (REST bodies, webhooks).
 */
public final class StrictJson {
    private static final Gson GSON = new Gson();

    private StrictJson() {
    }

    public static Optional<JsonObject> object(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT || !element.isJsonObject()) {
                return Optional.empty();
            }
            return Optional.of(element.getAsJsonObject());
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
