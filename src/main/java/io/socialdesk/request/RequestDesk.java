package io.socialdesk.request;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port to Jira Service Management: everything intake does to requests. Implemented on JSM's Java API in {@code jira}
 * and in memory by the sandbox. Each effect is safe to repeat for the same interaction.
 */
public interface RequestDesk {
    Optional<RequestState> state(long issueId);

    /**
     * The request's summary and description; within a {@link #pass} this costs no further read of a request whose
     * state was read.
     */
    Optional<RequestText> text(long issueId);

    /**
     * Runs {@code work} as one routing pass over a contact's requests (under the contact's lock): the desk may reuse
     * what it read of a request within the pass instead of asking Jira again.
     */
    <T> T pass(Supplier<T> work);

    /**
     * Within a pass, reads these requests together (Jira: one query), so the state and text reads of them that follow
     * cost nothing more; routing calls it for the customer's recent requests before choosing among them.
     */
    void prefetch(java.util.Collection<Long> issueIds);

    /**
     * The request created for this interaction by an earlier attempt, found through its issue property. Only a repeat
     * attempt needs to ask (see {@link io.socialdesk.intake.RoutingStatus}): a first one has done nothing yet.
     */
    Optional<RequestState> createdFor(long interactionId);

    /** Whether an earlier attempt already commented for this interaction (comment property); for repeats only. */
    boolean commentedFor(long interactionId);

    RequestState create(NewRequest request);

    /** Adds the comment, marked with the interaction it is for, so a repeat attempt can find it. */
    void comment(long issueId, long interactionId, String body, boolean internal, String actorKey);

    /** Moves a resolved request back to work. */
    void reopen(long issueId, String actorKey);

    /** Links a new request to an earlier one of the same thread ("relates to"); no-op if already linked. */
    void link(long issueId, long earlierIssueId, String actorKey);

    /** Removes the "relates to" link {@link #link} made; no-op if there is none. */
    void unlink(long issueId, long earlierIssueId, String actorKey);
}
