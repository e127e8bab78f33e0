package io.socialdesk.intake;

import java.util.List;
import java.util.Optional;

/** Store port: what routing reads and writes about recorded interactions. */
public interface InteractionLog {
    /** How many inbound interactions are on a request, and the newest one's time. */
    record IssueActivity(int inboundCount, java.time.Instant lastInboundAt) {
    }

    /** RECEIVED and ROUTING interactions of an account, oldest first. */
    List<Interaction> pending(long accountId, int limit);

    /** The request of the post with this external id on this account, if it is on one (thread parent). */
    Optional<Long> issueOfPost(long accountId, String externalId);

    /** The most recent request of any post in this conversation on this account. */
    Optional<Long> issueOfConversation(long accountId, String conversationId);

    /** Requests this contact's most recent interactions are on, most recently contacted first. */
    List<Long> issuesOfContact(long contactId);

    /** The interaction as stored now (another node may have routed it since it was listed). */
    Optional<Interaction> reload(long interactionId);

    void markRouting(long interactionId, long contactId);

    void markRouted(long interactionId, long issueId);

    void markSkipped(long interactionId, String reason);

    /** ROUTED or SKIPPED interactions whose outcome was not yet published, oldest first. */
    List<Interaction> unpublished(long accountId, int limit);

    IssueActivity activityOnIssue(long issueId);

    void markPublished(long interactionId);
}
