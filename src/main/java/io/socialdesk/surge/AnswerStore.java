package io.socialdesk.surge;

import io.socialdesk.intake.Interaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Store port: incident answers and their personal replies. Each reply's row is created with the answer, so the set
 * of customers is fixed when the agent sends it: nobody is skipped and nobody is added twice.
 */
public interface AnswerStore {
    /** The answer and one PENDING reply per post, in one transaction; answers its id. */
    long start(long surgeId, long accountId, String body, String agentKey, List<SurgeMember> to, Instant now);

    Optional<IncidentAnswer> latest(long surgeId);

    Optional<IncidentAnswer> byId(long answerId);

    /** Sets the state; cancelling also cancels every reply not sent yet. */
    void state(long answerId, IncidentAnswer.State state);

    /** A reply due to be sent, with the post it answers as stored now (empty once erased by retention or a request). */
    record Due(IncidentSend send, IncidentAnswer answer, Optional<Interaction> post) {
    }

    /** PENDING and SENDING replies of the account's answers that are SENDING, oldest first. */
    List<Due> due(long accountId, int limit);

    /** Replies of the account sent since {@code since} (the pace's budget is counted from the store, per cluster). */
    int sentSince(long accountId, Instant since);

    /**
     * In one transaction: the reply's own outbound row (for the post, on its request, as the agent) and this send
     * marked SENDING with it. Answers the reply's id, whose idempotency key the send uses.
     */
    long begin(IncidentSend send, Interaction post, String text, String agentKey, Instant now);

    void finish(long sendId, IncidentSend.Status status, Optional<String> failure, Instant now);

    /** Nothing was posted (rate limit, credentials): back to PENDING, to be begun again by a later run. */
    void retryLater(long sendId, Instant now);

    /** Cancels the not yet sent replies to this post (it moved out of the incident). */
    void cancelPending(long surgeId, long interactionId);

    List<IncidentSend> sends(long answerId);

    /** Marks the answer DONE once none of its replies is PENDING or SENDING. */
    void doneIfFinished(long answerId);
}
