package io.socialdesk.intake;

import io.socialdesk.channel.Engagement;
import java.util.OptionalLong;

/**
 * When a customer's public post on an open request is at risk of going viral, tuned in the admin console: its
 * reposts, quotes and likes together reach {@code minSpread} and {@code reachPercent} % of its author's followers
 * (as the network showed them when the post arrived), whichever is more. Relative to reach because 200 reposts are
 * nothing for an author with a million followers and everything for one with 150. Defaults: 50, and 10 %.
 * {@code keepDeletedOn}: the networks (keys) where a post its author deleted is kept rather than withdrawn.
 */
public record ViralSettings(int minSpread, int reachPercent, java.util.Set<String> keepDeletedOn) {
    public static final int MAX_MIN_SPREAD = 100_000;
    public static final int MAX_REACH_PERCENT = 1_000;

    public static ViralSettings defaults() {
        return new ViralSettings(50, 10);
    }

    /** Posts their authors deleted are withdrawn on every network. */
    public ViralSettings(int minSpread, int reachPercent) {
        this(minSpread, reachPercent, java.util.Set.of());
    }

    /**
     * Whether the admin chose to keep posts their authors deleted on this network (only where its terms allow it:
     * {@code ChannelSpec.deletedPosts()}).
     */
    public boolean keepsDeleted(io.socialdesk.channel.ChannelKind network) {
        return keepDeletedOn.contains(network.key());
    }

    public ViralSettings {
        keepDeletedOn = java.util.Set.copyOf(keepDeletedOn);
        if (minSpread < 0 || reachPercent < 0) {
            throw new IllegalArgumentException("viral thresholds are never negative");
        }
    }

    /** Whether posts' counts are read at all. */
    public boolean watching() {
        return minSpread > 0;
    }

    /** The spread at which a post of an author with these followers counts as a viral risk. */
    public long threshold(OptionalLong followers) {
        long share = followers.isPresent() ? (followers.getAsLong() * reachPercent + 99) / 100 : 0;
        return Math.max(minSpread, share);
    }

    public boolean risky(Engagement counts, OptionalLong followers) {
        return counts.spread() >= threshold(followers);
    }
}
