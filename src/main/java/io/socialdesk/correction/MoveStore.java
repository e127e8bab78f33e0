package io.socialdesk.correction;

import java.util.List;
import java.util.Optional;

/** Store port: agents' moves, from start to done, and the contact's record moving with them. */
public interface MoveStore {
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
