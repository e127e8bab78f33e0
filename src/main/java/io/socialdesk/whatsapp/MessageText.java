package io.socialdesk.whatsapp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A WhatsApp message as the words an agent reads, whatever its type (developers.facebook.com/docs/whatsapp/cloud-api/
 * webhooks/payload-examples): text as written; a photo, video, voice message, sticker or document by its caption or
 * kind (its file is downloaded by media id); a location with its name, address and a map link; shared contacts by name
 * and number; a tapped button or list row by its title; a reaction by its emoji; anything else named by its type.
 */
final class MessageText {
    private MessageText() {
    }

    static String of(JsonObject message) {
        String type = JsonFields.string(message, "type").orElse("unknown");
        Optional<JsonObject> part = JsonFields.object(message, type);
        return switch (type) {
            case "text" -> part.flatMap(t -> JsonFields.string(t, "body")).orElse("");
            case "image" -> captioned(part, "[photo]");
            case "video" -> captioned(part, "[video]");
            case "audio" -> part.flatMap(a -> JsonFields.string(a, "voice")).filter("true"::equals).isPresent()
                    ? "[voice message]" : "[audio]";
            case "sticker" -> "[sticker]";
            case "document" -> captioned(part, "[document" + part.flatMap(d -> JsonFields.string(d, "filename"))
                    .map(name -> ": " + name).orElse("") + "]");
            case "location" -> part.map(MessageText::location).orElse("[location]");
            case "contacts" -> contacts(message);
            case "interactive" -> part.map(MessageText::chosen).orElse("[a choice]");
            case "button" -> "[chose] " + part.flatMap(b -> JsonFields.string(b, "text")).orElse("");
            case "reaction" -> part.flatMap(r -> JsonFields.string(r, "emoji")).filter(e -> !e.isEmpty())
                    .map(emoji -> "[reacted " + emoji + "]").orElse("[removed a reaction]");
            default -> "[" + type + " message SocialDesk cannot show"
                    + firstError(message).map(e -> ": " + e).orElse("") + "]";
        };
    }

    /** The photo, video, voice message or sticker of a message, as the Cloud API's media address of its id. */
    static List<Media> media(JsonObject message, URI apiBaseUrl) {
        String type = JsonFields.string(message, "type").orElse("");
        Optional<Media.Kind> kind = switch (type) {
            case "image", "sticker" -> Optional.of(Media.Kind.IMAGE);
            case "video" -> Optional.of(Media.Kind.VIDEO);
            case "audio" -> Optional.of(Media.Kind.AUDIO);
            default -> Optional.empty(); // a document is no picture or sound: named in the text
        };
        Optional<JsonObject> part = JsonFields.object(message, type);
        List<Media> media = new ArrayList<>();
        kind.ifPresent(k -> part.flatMap(p -> JsonFields.string(p, "id")).filter(CloudMessages.ID.asMatchPredicate())
                .flatMap(id -> Media.of(k, CloudMessages.mediaUrl(apiBaseUrl, id).toString(), Optional.empty(),
                        part.flatMap(p -> JsonFields.string(p, "caption")).orElse("")))
                .ifPresent(media::add));
        return media;
    }

    private static String captioned(Optional<JsonObject> part, String kind) {
        return part.flatMap(p -> JsonFields.string(p, "caption")).filter(c -> !c.isBlank())
                .map(caption -> kind + " " + caption).orElse(kind);
    }

    private static String location(JsonObject location) {
        StringBuilder text = new StringBuilder("[location]");
        JsonFields.string(location, "name").ifPresent(name -> text.append(' ').append(name));
        JsonFields.string(location, "address").ifPresent(address -> text.append(", ").append(address));
        Optional<String> latitude = JsonFields.string(location, "latitude");
        Optional<String> longitude = JsonFields.string(location, "longitude");
        if (latitude.isPresent() && longitude.isPresent()) {
            text.append(" (").append(latitude.get()).append(", ").append(longitude.get()).append(")");
        }
        return text.toString();
    }

    private static String contacts(JsonObject message) {
        List<String> shared = new ArrayList<>();
        for (JsonElement element : JsonFields.array(message, "contacts")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject contact = element.getAsJsonObject();
            String name = JsonFields.object(contact, "name").flatMap(n -> JsonFields.string(n, "formatted_name"))
                    .orElse("(no name)");
            List<String> phones = new ArrayList<>();
            for (JsonElement phone : JsonFields.array(contact, "phones")) {
                if (phone.isJsonObject()) {
                    JsonFields.string(phone.getAsJsonObject(), "phone").ifPresent(phones::add);
                }
            }
            shared.add(phones.isEmpty() ? name : name + ": " + String.join(", ", phones));
        }
        return "[contact] " + String.join("; ", shared);
    }

    private static String chosen(JsonObject interactive) {
        String type = JsonFields.string(interactive, "type").orElse("");
        Optional<JsonObject> reply = JsonFields.object(interactive, type);
        return "[chose] " + reply.flatMap(r -> JsonFields.string(r, "title")).orElse("")
                + reply.flatMap(r -> JsonFields.string(r, "description")).map(d -> " (" + d + ")").orElse("");
    }

    private static Optional<String> firstError(JsonObject message) {
        for (JsonElement error : JsonFields.array(message, "errors")) {
            if (error.isJsonObject()) {
                return JsonFields.string(error.getAsJsonObject(), "title")
                        .or(() -> JsonFields.string(error.getAsJsonObject(), "message"));
            }
        }
        return Optional.empty();
    }
}
