package io.socialdesk.correction;

/**
 * Port to Jira for an agent's corrections: the comments a move writes and the duplicate link and resolution a merge
 * may ask for. Every effect is safe to repeat for the same move.
 */
public interface MoveDesk {
    /** The moved contact's comment on the target request, once per move (a repeat finds it by its mark). */
    void commentMoved(long issueId, long moveId, long interactionId, String body, boolean internal, String actorKey);

    /**
     * Replaces the body of the interaction's comments on the request with {@code note} (those already replaced are
     * left alone); answers how many it has there. None: the contact's words are the request's description.
     */
    int replaceComments(long issueId, long interactionId, String note, String actorKey);

    /** An internal note on the source request, once per move: the contact that opened it went elsewhere. */
    void noteMoved(long issueId, long moveId, String note, String actorKey);

    /** Links {@code issueId} as a duplicate of {@code originalIssueId}; nothing if it is linked so already. */
    void linkDuplicate(long issueId, long originalIssueId, String actorKey);

    /** Resolves the request through its workflow; false when the workflow offers no resolving step or refuses it. */
    boolean resolve(long issueId, String actorKey);
}
