package io.socialdesk.request;

import java.util.Optional;

/**
 * Port to Jira Service Management: everything intake does to requests. Implemented on JSM's Java API in {@code jira}
 * and in memory by the sandbox. Each effect is safe to repeat for the same interaction.
 */
public interface RequestDesk {
    Optional<RequestState> state(long issueId);

    /** The request created for this interaction by an earlier attempt, found through its issue property. */
    Optional<RequestState> createdFor(long interactionId);

    RequestState create(NewRequest request);

    /** Adds the comment unless one for this interaction is already on the request. */
    void comment(long issueId, long interactionId, String body, boolean internal, String actorKey);

    /** Moves a resolved request back to work. */
    void reopen(long issueId, String actorKey);

    /** Links a new request to an earlier one of the same thread ("relates to"); no-op if already linked. */
    void link(long issueId, long earlierIssueId, String actorKey);
}
