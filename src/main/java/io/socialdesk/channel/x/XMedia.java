package io.socialdesk.channel.x;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.wire.JsonFields;
import java.util.Optional;

/** X's media objects ({@code includes.media}) as SocialDesk keeps them. */
public final class XMedia {
    private XMedia() {
    }

    /**
     * A media object of {@code includes.media}: a photo's {@code url}; a GIF's or video's file is the MP4 of its
     * {@code variants} with the highest bit rate, its {@code preview_image_url} the preview.
     */
    public static Optional<Media> read(JsonObject m) {
        String alt = string(m, "alt_text").orElse("");
        return switch (string(m, "type").orElse("")) {
            case "photo" -> Media.of(Media.Kind.IMAGE, string(m, "url").orElse(null), Optional.empty(), alt);
            case "animated_gif" -> Media.of(Media.Kind.GIF, mp4(m).orElse(null), string(m, "preview_image_url"), alt);
            case "video" -> Media.of(Media.Kind.VIDEO, mp4(m).orElse(null), string(m, "preview_image_url"), alt);
            default -> Optional.empty();
        };
    }

    private static Optional<String> mp4(JsonObject m) {
        String best = null;
        long bitRate = -1;
        for (JsonElement variant : array(m, "variants")) {
            if (variant.isJsonObject() && "video/mp4".equals(string(variant.getAsJsonObject(), "content_type")
                    .orElse(""))) {
                long rate = JsonFields.number(variant.getAsJsonObject(), "bit_rate")
                        .orElse(0);
                if (rate > bitRate) {
                    bitRate = rate;
                    best = string(variant.getAsJsonObject(), "url").orElse(null);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
