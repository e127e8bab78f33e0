package io.socialdesk.channel;

import java.net.URI;
import java.util.Optional;

/**
 * An image, GIF, video or audio a customer attached to a post, as the network describes it: where the file is, a
 * smaller preview where the network has one, and the author's description of it (alt text, possibly empty). Only
 * http(s) addresses are kept, so a hostile server cannot plant another scheme.
 */
public record Media(Kind kind, URI url, Optional<URI> preview, String altText) {
    public enum Kind {
        IMAGE,
        GIF,
        VIDEO,
        AUDIO
    }

    public Media {
        if (!web(url) || preview.filter(p -> !web(p)).isPresent()) {
            throw new IllegalArgumentException("media addresses are http(s) only");
        }
        altText = altText == null ? "" : altText.strip();
    }

    /** The media item when {@code url} (and a preview, if any) is an http(s) address; empty otherwise. */
    public static Optional<Media> of(Kind kind, String url, Optional<String> preview, String altText) {
        Optional<URI> file = address(url);
        Optional<URI> small = preview.flatMap(Media::address);
        return file.map(f -> new Media(kind, f, small, altText));
    }

    private static Optional<URI> address(String value) {
        try {
            URI uri = value == null ? null : new URI(value);
            return uri != null && web(uri) ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean web(URI uri) {
        return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }
}
