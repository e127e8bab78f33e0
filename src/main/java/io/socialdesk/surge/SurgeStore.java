package io.socialdesk.surge;

import io.socialdesk.intake.Interaction;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Store port: surges, their incidents and the decisions about their posts. */
public interface SurgeStore {
    /** The account's inbound posts (not calls) in the window before {@code now}, and in the baseline before it. */
    SurgeDetector.Counts counts(long accountId, Instant now);

    Optional<Surge> active(long accountId);

    Optional<Surge> byId(long surgeId);

    /** The surge whose incident this request is. */
    Optional<Surge> byIncident(long issueId);

    /** The newest surges of all accounts, newest first (the admin console's list). */
    List<Surge> recent(int limit);

    Surge start(long accountId, Instant startedAt, double threshold, double usual);

    void incident(long surgeId, long issueId);

    void terms(long surgeId, Map<CharSequence, Integer> terms);

    void peak(long surgeId, double peak);

    void end(long surgeId, Instant endedAt);

    /** Ended surges of the account whose end is not published yet. */
    List<Surge> endedUnpublished(long accountId);

    void endPublished(long surgeId);

    /**
     * The account's routed inbound posts on a request since {@code since} that have no decision in this surge yet,
     * oldest first, at most {@code limit}.
     */
    List<Interaction> undecided(long surgeId, long accountId, Instant since, int limit);

    /** Stores decisions; a post already decided (another node, a repeat) keeps its first decision. */
    void decide(Collection<SurgeMember> decisions);

    List<SurgeMember> members(long surgeId);

    /** An agent moves a post in or out; creates the decision when SocialDesk never made one. */
    void move(long surgeId, long interactionId, long issueId, boolean member, String agentKey);

    /** The surges whose incident holds a post on this request. */
    List<Long> surgesHolding(long issueId);
}
