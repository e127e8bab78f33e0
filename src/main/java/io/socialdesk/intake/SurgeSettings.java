package io.socialdesk.intake;

/**
 * When an account's posts count as a surge and which posts belong to its incident, tuned in the admin console.
 * A surge starts when the last five minutes (SurgeDetector.WINDOW) brought at least {@code minPerMinute} posts a minute
 * and {@code factor} times the account's usual rate; posts join the incident when their words are at least
 * {@code similarityPercent} % alike to the incident's (cosine of word counts, see PostSimilarity).
 * Defaults: 5 a minute, 4 times the usual rate, 40 % alike.
 */
public record SurgeSettings(int minPerMinute, int factor, int similarityPercent) {
    public static final int MAX_PER_MINUTE = 1_000;
    public static final int MAX_FACTOR = 100;

    public static SurgeSettings defaults() {
        return new SurgeSettings(5, 4, 40);
    }

    public double similarity() {
        return similarityPercent / 100.0;
    }
}
