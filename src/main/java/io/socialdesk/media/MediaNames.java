package io.socialdesk.media;

import io.socialdesk.channel.ChannelKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The attachment names of a post's media, {@code <network>-<post id>-<n>.<ext>} ({@code x-1790-2.jpg}): the same
 * name on every attempt, so an attachment already on the request is recognised by its name after a retry, a crash or
 * on another node, and all of a post's attachments share one prefix for erasure. Ids that are not a plain word (a
 * Bluesky post's {@code at://} address) are shortened to their last part plus a hash of the whole, keeping names
 * short, safe in wiki markup and distinct.
 */
public final class MediaNames {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_]");

    private MediaNames() {
    }

    /** What every attachment name of this post starts with ({@code x-1790-}). */
    public static String prefix(ChannelKind network, String postId) {
        return network.key() + "-" + postPart(postId) + "-";
    }

    /** The {@code n}th (from 1) item's name; {@code extension} with its dot (".jpg"). */
    public static String of(ChannelKind network, String postId, int n, String extension) {
        return prefix(network, postId) + n + extension;
    }

    /** The preview image of the {@code n}th item, attached when the item itself is not. */
    public static String preview(ChannelKind network, String postId, int n, String extension) {
        return prefix(network, postId) + n + "-preview" + extension;
    }

    private static String postPart(String postId) {
        if (PLAIN.matcher(postId).matches()) {
            return postId;
        }
        String tail = postId.substring(Math.max(postId.lastIndexOf('/'), postId.lastIndexOf(':')) + 1);
        String safe = UNSAFE.matcher(tail).replaceAll("");
        return (safe.length() > 24 ? safe.substring(0, 24) : safe) + "h" + hash(postId);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
