package io.socialdesk.intake;

import io.socialdesk.matching.MatchedBy;
import java.util.Optional;

/**
 * Why an interaction is on its request ({@code by}; none for a new request, a history-only or skipped one) and the
 * request it came close to when it became a new one ({@code possibleIssueId}: linked "relates to" and offered to
 * agents as possibly the same).
 */
public record Placement(Optional<MatchedBy> by, Optional<Long> possibleIssueId) {
    public static final Placement NONE = new Placement(Optional.empty(), Optional.empty());

    public static Placement by(MatchedBy by) {
        return new Placement(Optional.of(by), Optional.empty());
    }

    public static Placement possibly(long issueId) {
        return new Placement(Optional.empty(), Optional.of(issueId));
    }
}
