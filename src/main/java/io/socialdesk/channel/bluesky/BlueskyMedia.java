package io.socialdesk.channel.bluesky;

import static io.socialdesk.channel.wire.JsonFields.array;
import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.Media;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The images of a post record ({@code app.bsky.embed.images}, also inside {@code app.bsky.embed.recordWithMedia}):
 * each a blob of the author's repository, addressed through Bluesky's image CDN as the AT Protocol guide *Images and
 * Video* (atproto.com/guides/images-and-video) shows it: {@code https://cdn.bsky.app/img/feed_fullsize/plain/<did>/<cid>@jpeg},
 * and {@code feed_thumbnail} for the preview.
 */
public final class BlueskyMedia {
    private static final String CDN = "https://cdn.bsky.app/img/";
    /** A CID in its base32 text form, as blob refs carry it: nothing else goes into an address. */
    private static final Pattern CID = Pattern.compile("^b[a-z2-7]{20,}$");

    private BlueskyMedia() {
    }

    public static List<Media> read(JsonObject record, String authorDid) {
        Optional<JsonObject> embed = object(record, "embed");
        Optional<JsonObject> images = embed.filter(e -> "app.bsky.embed.images".equals(string(e, "$type").orElse("")))
                .or(() -> embed.filter(e -> "app.bsky.embed.recordWithMedia".equals(string(e, "$type").orElse("")))
                        .flatMap(e -> object(e, "media"))
                        .filter(m -> "app.bsky.embed.images".equals(string(m, "$type").orElse(""))));
        List<Media> media = new ArrayList<>();
        if (images.isEmpty() || !BlueskyIds.did(authorDid)) {
            return media;
        }
        for (JsonElement element : array(images.get(), "images")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject image = element.getAsJsonObject();
            Optional<JsonObject> blob = object(image, "image");
            Optional<String> cid = blob.flatMap(b -> object(b, "ref")).flatMap(r -> string(r, "$link"))
                    .filter(c -> CID.matcher(c).matches());
            if (cid.isEmpty()) {
                continue;
            }
            boolean gif = "image/gif".equals(blob.flatMap(b -> string(b, "mimeType")).orElse(""));
            Media.of(gif ? Media.Kind.GIF : Media.Kind.IMAGE, address("feed_fullsize", authorDid, cid.get()),
                    Optional.of(address("feed_thumbnail", authorDid, cid.get())), string(image, "alt").orElse(""))
                    .ifPresent(media::add);
        }
        return media;
    }

    private static String address(String size, String did, String cid) {
        return CDN + size + "/plain/" + did + "/" + cid + "@jpeg";
    }
}
