package io.socialdesk.channel;

import java.time.Duration;

/**
 * How many posts' public counts SocialDesk may read per period for one account, a small share of the network's read
 * limit so polling and replies never starve, and how many posts one call reads (networks with a batch lookup read
 * many at once). A post is read again at most once per {@code per}, so counting the posts read in the last period
 * counts the calls.
 */
public record EngagementBudget(int posts, Duration per, int postsPerCall) {
    /** Channels whose posts have no public counts (calls, direct messages only) or are not read yet. */
    public static final EngagementBudget NONE = new EngagementBudget(0, Duration.ofHours(1), 1);

    public EngagementBudget {
        if (posts < 0 || postsPerCall < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a budget counts posts over a positive period");
        }
    }

    public boolean allowed() {
        return posts > 0;
    }
}
