package io.socialdesk.viral;

import io.socialdesk.channel.Engagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Store port of viral-risk watching: which of an account's posts to read next, and what each read found. Every
 * count is in the database, so the read budget is shared by all nodes and a restart forgets nothing.
 */
public interface ViralStore {
    /** How many posts of the account were read since {@code since} (each read at most once per budget period). */
    int readsSince(long accountId, Instant since);

    /**
     * The account's inbound public posts routed onto a request, posted after {@code since} and not gone, whose read
     * is due by {@code now}: a post never read is due {@code firstReadAfter} after it was posted (a fresh post has no
     * counts yet), a read one when its next read is; soonest due first, at most {@code limit}.
     */
    List<WatchedPost> due(long accountId, Instant since, Instant now, Duration firstReadAfter, int limit);

    /** A read: the post's counts now, and when to read it again. */
    /**
     * When the account's next post becomes due for a read: the soonest next read of a watched post posted since
     * {@code since}, or {@code firstReadAfter} after its oldest post never read; empty when it has none.
     */
    Optional<Instant> nextDue(long accountId, Instant since, Duration firstReadAfter);

    void counted(long accountId, WatchedPost post, Engagement counts, Instant at, Instant nextRead);

    /** Not read now (its request is resolved, or the network said to wait): look again at {@code nextRead}. */
    void postponed(long accountId, WatchedPost post, Instant nextRead);

    /** The network no longer shows the post (deleted, hidden): never read again. */
    void gone(long accountId, WatchedPost post, Instant at);

    /** Marks the post at risk; its event has been fired. */
    void flag(long interactionId, Instant at);

    /** The posts on this request found at risk, newest first, with their latest counts. */
    List<WatchedPost> risksOn(long issueId);
}
