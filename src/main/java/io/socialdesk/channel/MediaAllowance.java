package io.socialdesk.channel;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures a network takes with a reply: how many in a public reply and in a direct message, and how large each
 * may be, as its API documents them. Checked before anything is uploaded, so the agent reads the rule, not a
 * refusal.
 */
public record MediaAllowance(int maxFiles, int maxInDirectMessages, long maxBytes) {
    /** Networks whose replies SocialDesk sends without pictures. */
    public static final MediaAllowance NONE = new MediaAllowance(0, 0, 0);
    /** The picture types every network that takes pictures accepts. */
    public static final Set<String> PICTURES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    /** How many pictures a reply of this kind may carry. */
    public int maxFor(PostKind kind) {
        return kind == PostKind.DIRECT_MESSAGE ? maxInDirectMessages : maxFiles;
    }

    /** Why {@code reply}'s pictures cannot be sent on {@code network}; empty when they can (or there are none). */
    public Optional<String> problem(OutboundReply reply, String network) {
        if (reply.media().isEmpty()) {
            return Optional.empty();
        }
        int max = maxFor(reply.kind());
        if (max == 0) {
            return Optional.of(network + (reply.kind() == PostKind.DIRECT_MESSAGE ? " direct messages" : " replies")
                    + " cannot carry a picture from SocialDesk");
        }
        if (reply.media().size() > max) {
            return Optional.of(network + " takes at most " + max + (max == 1 ? " picture" : " pictures")
                    + " in this reply");
        }
        for (ReplyMedia file : reply.media()) {
            if (!PICTURES.contains(file.type().toLowerCase(Locale.ROOT))) {
                return Optional.of(file.name() + " is not a picture (JPEG, PNG, GIF or WebP)");
            }
            if (file.size() > maxBytes) {
                return Optional.of(file.name() + " is larger than " + megabytes(maxBytes) + ", the most " + network
                        + " takes");
            }
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return bytes % 1_000_000 == 0 ? bytes / 1_000_000 + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
