package io.socialdesk.channel.mastodon;

import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.wire.JsonFields;
import java.util.ArrayList;
import java.util.List;

/** A status's attachments as SocialDesk keeps them. */
public final class MastodonMedia {
    private MastodonMedia() {
    }

    /**
     * {@code media_attachments}: {@code image}, {@code gifv} (a GIF as a looping video), {@code video}, {@code audio};
     * {@code unknown} (the server could not process it) and items without an address are left out.
     */
    public static List<Media> read(JsonObject status) {
        List<Media> media = new ArrayList<>();
        for (JsonElement element : JsonFields.array(status, "media_attachments")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject item = element.getAsJsonObject();
            Media.Kind kind = switch (string(item, "type").orElse("")) {
                case "image" -> Media.Kind.IMAGE;
                case "gifv" -> Media.Kind.GIF;
                case "video" -> Media.Kind.VIDEO;
                case "audio" -> Media.Kind.AUDIO;
                default -> null;
            };
            if (kind != null) {
                Media.of(kind, string(item, "url").or(() -> string(item, "remote_url"))
                                .orElse(null), string(item, "preview_url"), string(item, "description").orElse(""))
                        .ifPresent(media::add);
            }
        }
        return media;
    }
}
