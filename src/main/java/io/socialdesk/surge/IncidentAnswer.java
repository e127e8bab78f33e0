package io.socialdesk.surge;

import java.time.Instant;
import java.util.Map;

/** An agent's one answer to an incident and how far its personal replies got ({@code counts} by status). */
public record IncidentAnswer(long id, long surgeId, String body, String agentKey, State state, Instant createdAt,
                             Map<IncidentSend.Status, Integer> counts) {
    public enum State {
        SENDING,
        PAUSED,
        CANCELLED,
        DONE
    }
}
