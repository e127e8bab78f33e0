package io.socialdesk.channel.meta;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Media;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a Messenger or Instagram message and a Page comment carry besides words, in Graph's shapes: a message's
 * {@code attachments} ({@code image_data}, {@code video_data} with their {@code url} and {@code preview_url}, or a
 * {@code file_url} with its {@code mime_type}); a comment's {@code attachment} ({@code type}, {@code media.image.src},
 * and for a video its {@code url}).
 */
public final class MetaMedia {
    /** The fields to ask for, nested in a message's. */
    static final String MESSAGE_FIELDS = "attachments{mime_type,image_data{url,preview_url},"
            + "video_data{url,preview_url},file_url}";
    /** The fields to ask for, nested in a comment's. */
    static final String COMMENT_FIELDS = "attachment{type,url,media{image{src}}}";

    private MetaMedia() {
    }

    public static List<Media> message(JsonObject message) {
        List<Media> media = new ArrayList<>();
        for (JsonElement element : array(object(message, "attachments").orElseGet(JsonObject::new), "data")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject item = element.getAsJsonObject();
            String mime = string(item, "mime_type").orElse("");
            Optional<JsonObject> image = object(item, "image_data");
            Optional<JsonObject> video = object(item, "video_data");
            Optional<Media> read = image.isPresent()
                    ? Media.of(mime.equals("image/gif") ? Media.Kind.GIF : Media.Kind.IMAGE,
                    image.flatMap(i -> string(i, "url")).orElse(null), image.flatMap(i -> string(i, "preview_url")), "")
                    : video.isPresent()
                    ? Media.of(Media.Kind.VIDEO, video.flatMap(v -> string(v, "url")).orElse(null),
                    video.flatMap(v -> string(v, "preview_url")), "")
                    : mime.startsWith("audio/")
                    ? Media.of(Media.Kind.AUDIO, string(item, "file_url").orElse(null), Optional.empty(), "")
                    : Optional.empty();
            read.ifPresent(media::add);
        }
        return media;
    }

    public static List<Media> comment(JsonObject comment) {
        Optional<JsonObject> attachment = object(comment, "attachment");
        if (attachment.isEmpty()) {
            return List.of();
        }
        String type = string(attachment.get(), "type").orElse("");
        Optional<String> image = object(attachment.get(), "media").flatMap(m -> object(m, "image"))
                .flatMap(i -> string(i, "src"));
        Optional<Media> read = switch (type) {
            case "photo" -> Media.of(Media.Kind.IMAGE, image.orElse(null), Optional.empty(), "");
            case "animated_image_share", "animated_image_autoplay", "animated_image_video" ->
                    Media.of(Media.Kind.GIF, image.orElse(null), Optional.empty(), "");
            case "video_inline", "video_autoplay", "video" ->
                    Media.of(Media.Kind.VIDEO, string(attachment.get(), "url").orElse(null), image, "");
            default -> Optional.empty(); // stickers, shared links
        };
        return read.map(List::of).orElse(List.of());
    }
}
