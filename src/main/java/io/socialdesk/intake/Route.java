package io.socialdesk.intake;

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
     * note for a call. {@code outcome} is THREAD, MERGED or NOTED.
     */
    record Comment(long issueId, RouteOutcome outcome) implements Route {
        public boolean internal() {
            return outcome == RouteOutcome.NOTED;
        }
    }

    /** Onto a recently resolved request of the same thread, which is reopened. */
    record Reopen(long issueId) implements Route {
    }

    /** A new request; {@code relatedIssueId} is an old request of the same thread to link to (0 = none). */
    record Create(long relatedIssueId) implements Route {
    }
}
