package io.socialdesk.channel.wire;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads a customer's photo or video from wherever the network serves it, safely: no credentials or cookies are
 * ever sent (a media host is not the network's API), every host on the way, redirects included, passes the address
 * guard before a connection is made (a post cannot make Jira fetch from its own network or a cloud metadata address),
 * at most {@value #MAX_REDIRECTS} redirects, the size cut off while streaming, the type read from the bytes.
 */
public final class MediaDownloads {
    static final int MAX_REDIRECTS = 3;

    /** A file as downloaded: its bytes and its type as the bytes say. */
    public record Downloaded(byte[] bytes, MediaTypes.Detected type) {
    }

    /** Why a file was not downloaded, in words an agent reads next to the link ("larger than 10 MB"). */
    public record NotDownloaded(Reason reason, String detail) {
    }

    public enum Reason {
        TOO_LARGE,
        ADDRESS_REFUSED,
        UNAVAILABLE,
        NOT_MEDIA
    }

    /** One of the two. */
    public record Download(Optional<Downloaded> file, Optional<NotDownloaded> missed) {
        static Download of(Downloaded file) {
            return new Download(Optional.of(file), Optional.empty());
        }

        public static Download missed(Reason reason, String detail) {
            return new Download(Optional.empty(), Optional.of(new NotDownloaded(reason, detail)));
        }
    }

    private final HttpEdge edge;

    public MediaDownloads(HttpEdge edge) {
        this.edge = edge;
    }

    /** The file at {@code url}, at most {@code limit} bytes. */
    public Download fetch(URI url, int limit) {
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Fetched got = edge.fetch(HttpRequest.newBuilder(at).GET()
                    .header("Accept", "image/*, video/*, audio/*"), limit);
            if (got instanceof Fetched.Failed(Exchange.Failed failure)) {
                return missed(failure, limit);
            }
            Fetched.File file = (Fetched.File) got;
            if (file.status() >= 300 && file.status() < 400) {
                Optional<URI> next = file.header("Location").flatMap(MediaDownloads::next);
                if (next.isEmpty()) {
                    return Download.missed(Reason.UNAVAILABLE, "redirected nowhere usable");
                }
                at = at.resolve(next.get());
                continue;
            }
            return kept(file);
        }
        return Download.missed(Reason.UNAVAILABLE, "more than " + MAX_REDIRECTS + " redirects");
    }

    /**
     * A file the network serves only to the account, with its token ({@code request} carries it): one exchange, no
     * redirect followed (it would take the token along), the same address guard, size cut and type check.
     */
    public Download fetchOwn(HttpRequest.Builder request, int limit) {
        Fetched got = edge.fetch(request.GET(), limit);
        if (got instanceof Fetched.Failed(Exchange.Failed failure)) {
            return missed(failure, limit);
        }
        return kept((Fetched.File) got);
    }

    private static Download missed(Exchange.Failed failure, int limit) {
        return switch (failure.problem()) {
            case TOO_LARGE -> Download.missed(Reason.TOO_LARGE, "larger than " + megabytes(limit));
            case ADDRESS_REFUSED -> Download.missed(Reason.ADDRESS_REFUSED, failure.detail());
            default -> Download.missed(Reason.UNAVAILABLE, failure.detail());
        };
    }

    /** A file that is no redirect: kept with its type as its bytes say, or why it is not. */
    private static Download kept(Fetched.File file) {
        if (file.status() != 200) {
            return Download.missed(Reason.UNAVAILABLE, "the media host answered HTTP " + file.status());
        }
        return MediaTypes.of(file.bytes()).map(type -> Download.of(new Downloaded(file.bytes(), type)))
                .orElseGet(() -> Download.missed(Reason.NOT_MEDIA, "not a picture, video or sound file"));
    }

    private static Optional<URI> next(String location) {
        try {
            URI uri = new URI(location.strip());
            String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || scheme.equals("http") ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
