package io.socialdesk.insights;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Store port: public agent comments queued by Jira's event listener for the rollup, and counting them as responses.
 * Queueing is one insert, so an agent's comment never waits for the rollup.
 */
public interface ResponseStore {
    /** A queued comment with its queue position. */
    record Queued(long id, AgentComment comment) {
    }

    void queue(AgentComment comment);

    /** Up to {@code limit} queued comments, oldest first (those {@link #count} leaves out stay queued). */
    List<Queued> queued(int limit);

    /** The first responses known of those of {@code issueIds} the rollup has a row for (empty: not answered yet). */
    Map<Long, Optional<Instant>> firstResponses(Collection<Long> issueIds);

    /**
     * Counts {@code taken} and removes them from the queue, in one transaction: a comment by one of SocialDesk's own
     * users is no response; a request without a row gets one from its origin (none known: the comment is dropped);
     * the earliest response after the first contact is the first response, measured by the SLA where its cycle
     * stopped at that response (one stopped by something else — a status change, SocialDesk's own comment — is not
     * this response's measure);
     * a contact waiting since before the comment is answered.
     */
    void count(List<Queued> taken, Map<Long, RequestOrigin> origins, Map<Long, FirstResponseSla.Cycle> slas);
}
