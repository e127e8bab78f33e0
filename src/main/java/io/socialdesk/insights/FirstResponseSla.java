package io.socialdesk.insights;

import java.time.Duration;
import java.util.Optional;

/**
 * Host port: JSM's *Time to first response* SLA of a request, read as {@code asUserKey} (an agent): its first completed
 * cycle. Empty when the desk has no such SLA or its first cycle has not stopped.
 */
public interface FirstResponseSla {
    /** The SLA's name in an English desk JSM set up: JSM creates it with every service project. */
    String NAME = "Time to first response";

    /** A completed cycle: when it stopped, and its elapsed time in the working time of the SLA's calendar. */
    record Cycle(java.time.Instant stoppedAt, Duration elapsed) {
        /** Whether this cycle stopped at {@code response} (within a minute): JSM measured the same response. */
        public boolean measured(java.time.Instant response) {
            return !stoppedAt.isBefore(response.minusSeconds(60)) && !stoppedAt.isAfter(response.plusSeconds(60));
        }
    }

    /** The first completed cycle of the request's SLA called {@code name} (ignoring case and outer spaces). */
    Optional<Cycle> firstCycle(long issueId, String name, String asUserKey);
}
