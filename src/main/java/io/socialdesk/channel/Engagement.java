package io.socialdesk.channel;

/**
 * A public post's counts as its network shows them to anyone: reposts (X retweets, Mastodon boosts), quotes, likes
 * (favourites) and replies. Networks without quotes report 0.
 */
public record Engagement(long reposts, long quotes, long likes, long replies) {
    public static final Engagement NONE = new Engagement(0, 0, 0, 0);

    public Engagement {
        if (reposts < 0 || quotes < 0 || likes < 0 || replies < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** What spreads a post or shows it is being noticed: reposts, quotes and likes (replies may be the team's own). */
    public long spread() {
        return reposts + quotes + likes;
    }
}
