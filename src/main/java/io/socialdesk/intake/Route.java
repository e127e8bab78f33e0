package io.socialdesk.intake;

/** Where one inbound post goes (DESIGN §5 step 3). */
public sealed interface Route {
    record Skip(String reason) implements Route {
    }

    /** Onto an open request of the same thread or customer, as a public comment. */
    record Comment(long issueId) implements Route {
    }

    /** Onto a recently resolved request of the same thread, which is reopened. */
    record Reopen(long issueId) implements Route {
    }

    /** A new request; {@code relatedIssueId} is an old request of the same thread to link to (0 = none). */
    record Create(long relatedIssueId) implements Route {
    }
}
