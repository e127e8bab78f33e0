package io.socialdesk.intake;

import io.socialdesk.matching.MatchedBy;

/** Where one inbound interaction goes. */
public sealed interface Route {
    /** Not a customer contact: recorded, never on a request. */
    record Skip(String reason) implements Route {
    }

    /** A contact kept in the customer's history only (a call nobody needs a request for). */
    record HistoryOnly(String reason) implements Route {
    }

    /**
     * Onto an existing open request as a comment: a public one for a thread follow-up or a merged post, an internal
     * note for a call. {@code outcome} is THREAD, MERGED or NOTED; {@code by} and {@code reason} say why there.
     */
    record Comment(long issueId, RouteOutcome outcome, MatchedBy by, String reason) implements Route {
        public boolean internal() {
            return outcome == RouteOutcome.NOTED;
        }
    }

    /** Onto a recently resolved request of the same thread, which is reopened. */
    record Reopen(long issueId) implements Route {
    }

    /**
     * A new request. {@code relatedIssueId}: an old request of the same thread, or the customer's request it came
     * close to ({@code possiblySame}), to link "relates to" (0 = none); {@code reason} says why it is new.
     */
    record Create(long relatedIssueId, boolean possiblySame, String reason) implements Route {
        public static Create fresh(String reason) {
            return new Create(0, false, reason);
        }
    }
}
