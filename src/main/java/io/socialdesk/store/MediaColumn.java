package io.socialdesk.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.Media;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An interaction's media in its own column (and the post it answers or quotes in another), as a JSON list of {@code {kind, url, preview, alt}}, written with the post
 * in the same insert (record first: a post's media are never stored without it, nor it without them). An item that
 * cannot be read back is left out rather than failing the post.
 */
final class MediaColumn {
    private MediaColumn() {
    }

    static String write(List<Media> media) {
        if (media.isEmpty()) {
            return null;
        }
        JsonArray list = new JsonArray();
        for (Media item : media) {
            JsonObject json = new JsonObject();
            json.addProperty("kind", item.kind().name());
            json.addProperty("url", item.url().toString());
            item.preview().ifPresent(preview -> json.addProperty("preview", preview.toString()));
            json.addProperty("alt", item.altText());
            list.add(json);
        }
        return list.toString();
    }

    static String writeContext(Optional<io.socialdesk.channel.PostContext> context) {
        return context.map(c -> {
            JsonObject json = new JsonObject();
            json.addProperty("relation", c.relation().name());
            json.addProperty("author", c.authorHandle());
            json.addProperty("text", c.text());
            return json.toString();
        }).orElse(null);
    }

    static Optional<io.socialdesk.channel.PostContext> readContext(String column) {
        if (column == null || column.isBlank()) {
            return Optional.empty();
        }
        JsonObject json = JsonParser.parseString(column).getAsJsonObject();
        return Optional.of(new io.socialdesk.channel.PostContext(
                io.socialdesk.channel.PostContext.Relation.valueOf(json.get("relation").getAsString()),
                json.get("author").getAsString(), json.get("text").getAsString()));
    }

    static List<Media> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<Media> media = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(column).getAsJsonArray()) {
            JsonObject json = element.getAsJsonObject();
            Media.of(Media.Kind.valueOf(json.get("kind").getAsString()), json.get("url").getAsString(),
                    Optional.ofNullable(json.get("preview")).map(JsonElement::getAsString),
                    json.has("alt") ? json.get("alt").getAsString() : "").ifPresent(media::add);
        }
        return List.copyOf(media);
    }
}
