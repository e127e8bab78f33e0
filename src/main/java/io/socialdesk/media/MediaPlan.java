package io.socialdesk.media;

import io.socialdesk.channel.Media;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What becomes of each media item of one post: the file (or its preview) downloaded and waiting to be attached under
 * its name, or only a link with the reason. Decided before the request or comment is written, so its text shows
 * exactly what will be attached. The downloaded files are temporary: {@link #close} deletes what was not attached.
 */
public record MediaPlan(List<Item> items) implements AutoCloseable {
    /** A file waiting to be attached. */
    public record File(String name, String type, Path path) {
    }

    /**
     * The {@code number}th (from 1) item: {@code file} when the item itself will be attached, else {@code preview}
     * when its preview image will, and {@code note} saying why it is a link (empty when it is attached).
     */
    public record Item(int number, Media media, Optional<File> file, Optional<File> preview, String note) {
        public boolean image() {
            return media.kind() == Media.Kind.IMAGE || media.kind() == Media.Kind.GIF;
        }
    }

    public static final MediaPlan NONE = new MediaPlan(List.of());

    public MediaPlan {
        items = List.copyOf(items);
    }

    /** Links only: SocialDesk attaches nothing (no media, attachments off, a post routed to history only). */
    public static MediaPlan links(List<Media> media) {
        return new MediaPlan(java.util.stream.IntStream.range(0, media.size()).mapToObj(i -> new Item(i + 1,
                media.get(i), Optional.empty(), Optional.empty(), "")).toList());
    }

    /** Every file to attach, in order. */
    public List<File> files() {
        return items.stream().flatMap(i -> i.file().or(i::preview).stream()).toList();
    }

    @Override
    public void close() {
        for (File file : files()) {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the temporary media file " + file.path(), e);
            }
        }
    }
}
