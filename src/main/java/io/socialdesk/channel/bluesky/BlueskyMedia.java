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
 * and {@code feed_thumbnail} for the preview. A video ({@code app.bsky.embed.video}) is streamed by Bluesky's video
 * service as the same guide shows: its HLS playlist {@code https://video.bsky.app/watch/<did>/<cid>/playlist.m3u8}
 * (a link: not a file to attach) with its {@code thumbnail.jpg} as the preview.
 */
public final class BlueskyMedia {
    private static final String CDN = "https://cdn.bsky.app/img/";
    private static final String VIDEO = "https://video.bsky.app/watch/";
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
        if (!BlueskyIds.did(authorDid)) {
            return media;
        }
        video(embed, authorDid).ifPresent(media::add);
        if (images.isEmpty()) {
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

    /** The embed's video, alone or beside a quoted post; empty without one. */
    private static Optional<Media> video(Optional<JsonObject> embed, String did) {
        Optional<JsonObject> video = embed.filter(e -> "app.bsky.embed.video".equals(string(e, "$type").orElse("")))
                .or(() -> embed.filter(e -> "app.bsky.embed.recordWithMedia".equals(string(e, "$type").orElse("")))
                        .flatMap(e -> object(e, "media"))
                        .filter(m -> "app.bsky.embed.video".equals(string(m, "$type").orElse(""))));
        Optional<String> cid = video.flatMap(v -> object(v, "video")).flatMap(b -> object(b, "ref"))
                .flatMap(r -> string(r, "$link")).filter(c -> CID.matcher(c).matches());
        return cid.flatMap(c -> Media.of(Media.Kind.VIDEO, VIDEO + did + "/" + c + "/playlist.m3u8",
                Optional.of(VIDEO + did + "/" + c + "/thumbnail.jpg"),
                video.flatMap(v -> string(v, "alt")).orElse("")));
    }

    private static String address(String size, String did, String cid) {
        return CDN + size + "/plain/" + did + "/" + cid + "@jpeg";
    }
}
