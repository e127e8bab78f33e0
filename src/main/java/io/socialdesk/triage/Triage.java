package io.socialdesk.triage;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What SocialDesk reads from one inbound post at a glance: its language, its sentiment (VADER's compound score, −1 to
 * 1, English only), its intent and how far its author's voice carries. {@code reasons} say why, in words an agent
 * can check ("complaint word 'refund'", "sentiment −0.62").
 */
public record Triage(Optional<String> language, OptionalDouble sentiment, Mood mood, Intent intent, Tier tier,
                     List<String> reasons) {
    public enum Mood {
        NEGATIVE,
        NEUTRAL,
        POSITIVE,
        /** Not English: no sentiment model is claimed for other languages. */
        UNSCORED
    }

    public enum Intent {
        COMPLAINT,
        QUESTION,
        PRAISE,
        OTHER
    }

    /** Followers: under 1,000; from 1,000; from 10,000; from 100,000; unknown (calls, deleted authors). */
    public enum Tier {
        REGULAR,
        NOTABLE,
        INFLUENTIAL,
        PROMINENT,
        UNKNOWN
    }
}
