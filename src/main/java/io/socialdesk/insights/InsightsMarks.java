package io.socialdesk.insights;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Store port: what happened to a desk that explains its volume — surges of posts to one of its accounts and posts
 * flagged as viral risks — to mark on the contacts chart.
 */
public interface InsightsMarks {
    /** A surge on {@code channel}'s account: from its start to its end (empty: still going). */
    record Surge(Instant from, Optional<Instant> to, String channel) {
    }

    /** A post on {@code channel} flagged as a viral risk at {@code at}, on request {@code issueId}. */
    record ViralRisk(Instant at, String channel, Optional<Long> issueId) {
    }

    record Marks(List<Surge> surges, List<ViralRisk> viralRisks) {
        public Marks {
            surges = List.copyOf(surges);
            viralRisks = List.copyOf(viralRisks);
        }
    }

    /**
     * The desk's surges overlapping {@code from}–{@code to} and the viral risks flagged in it, at most {@code limit}
     * each.
     */
    Marks of(int serviceDeskId, Instant from, Instant to, int limit);
}
