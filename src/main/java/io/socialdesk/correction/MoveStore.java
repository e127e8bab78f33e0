package io.socialdesk.correction;

import java.util.List;
import java.util.Optional;

/** Store port: agents' moves, from start to done, and the contact's record moving with them. */
public interface MoveStore {
    /** An inbound contact (post or call) on a request, as far as moving it is concerned. */
    record Movable(long interactionId, long accountId, long contactId, long issueId) {
    }

    /** The inbound contact with this id if it is on a request; a reply, a skipped post or one on no request is not. */
    Optional<Movable> movable(long interactionId);

    /** The inbound contacts on a request, oldest first (what a merge moves). */
    List<Movable> onRequest(long issueId);

    /** The newest inbound contact on a request, if any is left: what its property is made from. */
    Optional<Long> newestOn(long issueId);

    /** A contact that became a new request ({@code issueId}) close to another of the customer's ({@code closeTo}). */
    record Possible(long interactionId, long issueId, long closeTo, String text) {
    }

    /** The possibly-the-same contacts on this request or close to it, newest first, at most {@code limit}. */
    List<Possible> possible(long issueId, int limit);

    /**
     * Records a move. Empty when another move of the same interaction is not done yet (the database's unique key,
     * so two nodes can never both start one).
     */
    Optional<Move> start(long interactionId, long accountId, long contactId, long fromIssueId, long toIssueId,
                         String agentKey);

    /**
     * In one transaction: the interaction is on the target request, placed there by an agent, and the move is at
     * MOVED. Repeating it changes nothing.
     */
    void moved(Move move);

    /** The move is done; another may start for the same interaction. */
    void done(Move move);

    /** Moves of an account's interactions that a crash left unfinished, oldest first. */
    List<Move> unfinished(long accountId, int limit);

    /** The move not done yet for this interaction, if any. */
    Optional<Move> unfinishedFor(long interactionId);
}
