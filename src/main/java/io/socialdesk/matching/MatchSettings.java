package io.socialdesk.matching;

/**
 * The admin's matching thresholds, in percent of topic similarity (0 to 100): a post at or above
 * {@code topicPercent} to one of the customer's open requests is merged onto it; one at or above
 * {@code possiblePercent} (but not merged) becomes a new request linked to it as possibly the same. Defaults are
 * the ones measured on the labelled cases (MatchingQualityTest, docs/matching.md).
 */
public record MatchSettings(int topicPercent, int possiblePercent, ConversationMerge conversation) {
    public static final int MIN_PERCENT = 5;
    public static final int MAX_PERCENT = 95;

    public static MatchSettings defaults() {
        return new MatchSettings(45, 20, ConversationMerge.SAME_TOPIC);
    }

    public MatchSettings {
        if (topicPercent < MIN_PERCENT || topicPercent > MAX_PERCENT || possiblePercent < MIN_PERCENT
                || possiblePercent > topicPercent) {
            throw new IllegalArgumentException("thresholds out of range: topic " + topicPercent + ", possible "
                    + possiblePercent);
        }
    }

    double topic() {
        return topicPercent / 100.0;
    }

    double possible() {
        return possiblePercent / 100.0;
    }
}
