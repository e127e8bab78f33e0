package io.socialdesk.intake;

import io.socialdesk.triage.Triage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Store port: what routing and publishing read and write about recorded inbound interactions. */
public interface InteractionLog {
    /** How many inbound interactions are on a request, and the newest one's time. */
    record IssueActivity(int inboundCount, Instant lastInboundAt) {
    }

    /** RECEIVED and ROUTING interactions of an account, oldest first. */
    List<Interaction> pending(long accountId, int limit);

    /** The newest inbound contact on a request, if it has any. */
    Optional<Interaction> newestInboundOn(long issueId);

    /** A post routed to a request: its interaction and the request. */
    record OnRequest(long interactionId, long issueId) {
    }

    /** The interaction of the post with this external id on this account and its request, if it is on one. */
    Optional<OnRequest> postOnRequest(long accountId, String externalId);

    /** The request of the post with this external id on this account, if it is on one (thread parent). */
    Optional<Long> issueOfPost(long accountId, String externalId);

    /** The most recent request of any post in this conversation on this account. */
    Optional<Long> issueOfConversation(long accountId, String conversationId);

    /** Requests this contact's most recent interactions are on, most recently contacted first. */
    List<Long> issuesOfContact(long contactId);

    /** The interaction as stored now (another node may have routed it since it was listed). */
    Optional<Interaction> reload(long interactionId);

    /** These interactions as stored now, in one read, by id; those that no longer exist are absent. */
    Map<Long, Interaction> reload(Collection<Long> interactionIds);

    /** The routing status of these interactions now, in one read, by id; those that no longer exist are absent. */
    default Map<Long, RoutingStatus> statuses(Collection<Long> interactionIds) {
        Map<Long, RoutingStatus> statuses = new java.util.HashMap<>();
        reload(interactionIds).forEach((id, interaction) -> statuses.put(id, interaction.status()));
        return statuses;
    }

    /**
     * Before the first effect on JSM, in one transaction for a pass (interaction id to the contact it is routed for):
     * a later attempt that finds an interaction ROUTING first looks for what an earlier one did.
     */
    void markRouting(Map<Long, Long> contactOfInteraction);

    /**
     * A routing decision's outcome for the contact it was routed for, with the request it is on (none for
     * history-only and skipped), why ({@code reason}, {@code placement}) and the post's triage.
     */
    record Done(long interactionId, long contactId, RouteOutcome outcome, Optional<Long> issueId,
                Optional<String> reason, Optional<Triage> triage, Placement placement) {
    }

    /** A pass's outcomes, in one transaction; they wait for publication from then on ({@link #unpublished}). */
    void markDone(List<Done> outcomes);

    /** Routed or skipped interactions whose publication (Jira signals, notices) is not done yet, oldest first. */
    List<Interaction> unpublished(long accountId, int limit);

    IssueActivity activityOnIssue(long issueId);

    /**
     * The activity of each of these requests (a request without inbound interactions: none, at the epoch), read
     * together: publishing a pass asks it once for all the pass's requests.
     */
    Map<Long, IssueActivity> activityOnIssues(Collection<Long> issueIds);

    void markPublished(long interactionId);

    /** Marks these interactions published in one transaction. */
    void markPublished(Collection<Long> interactionIds);

    /** Inbound interactions of the account still waiting to be routed (the queue the admin page shows). */
    int pendingCount(long accountId);

    /** Whether the account has interactions waiting for routing or for publication (notices owed included). */
    boolean hasUnfinished(long accountId);

    /** Inbound interactions the account recorded since {@code since}. */
    int recordedSince(long accountId, Instant since);

    /** Counts one more failed attempt to send the interaction's notice; returns the attempts so far. */
    int noticeFailed(long interactionId);
}
