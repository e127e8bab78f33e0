package io.socialdesk.matching;

import java.util.Optional;

/** Where matching puts a post among the customer's open requests, and why, in words for the request's comment. */
public sealed interface Match {
    /** Onto {@code request}, for the reason {@code by}; {@code percent} is the topic similarity where it decided. */
    record Onto(CandidateRequest request, MatchedBy by, int percent, String reason) implements Match {
    }

    /**
     * On none of them: a new request. {@code possible} is the closest request when it came near (to be linked as
     * "relates to" and offered to the agent), with its similarity in {@code percent}.
     */
    record Apart(Optional<CandidateRequest> possible, int percent, String reason) implements Match {
    }
}
