package io.socialdesk.channel.wire;

import io.socialdesk.channel.Media;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a downloaded file really is, read from its first bytes by Apache Tika's magic-number detector: a server's
 * Content-Type and a URL's ending are never trusted (an "image" that is an HTML page or a script stays out of Jira).
 * Only the picture, video and sound types a customer's post carries are kept.
 */
public final class MediaTypes {
    /** The type as stored in Jira, and the name's ending Tika gives it (".jpg"). */
    public record Detected(String type, String extension, Media.Kind kind) {
    }

    private static final Map<String, Media.Kind> KEPT = Map.ofEntries(
            Map.entry("image/jpeg", Media.Kind.IMAGE), Map.entry("image/png", Media.Kind.IMAGE),
            Map.entry("image/webp", Media.Kind.IMAGE), Map.entry("image/gif", Media.Kind.GIF),
            Map.entry("video/mp4", Media.Kind.VIDEO), Map.entry("video/quicktime", Media.Kind.VIDEO),
            Map.entry("video/webm", Media.Kind.VIDEO), Map.entry("video/x-m4v", Media.Kind.VIDEO),
            Map.entry("audio/mpeg", Media.Kind.AUDIO), Map.entry("audio/mp4", Media.Kind.AUDIO),
            Map.entry("audio/ogg", Media.Kind.AUDIO), Map.entry("audio/vorbis", Media.Kind.AUDIO),
            Map.entry("audio/opus", Media.Kind.AUDIO));
    /** Tika's own table of types (loaded once; thread-safe for detection). */
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private MediaTypes() {
    }

    /** The file's type when it is a picture, video or sound SocialDesk keeps; empty for anything else. */
    public static Optional<Detected> of(byte[] bytes) {
        try {
            MediaType type = TYPES.detect(new ByteArrayInputStream(bytes), new Metadata()).getBaseType();
            Media.Kind kind = KEPT.get(type.toString());
            if (kind == null) {
                return Optional.empty();
            }
            String extension = TYPES.forName(type.toString()).getExtension();
            return Optional.of(new Detected(type.toString(), extension.isEmpty() ? ".bin" : extension, kind));
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes already in memory failed", e);
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika does not know the type it detected", e);
        }
    }
}
