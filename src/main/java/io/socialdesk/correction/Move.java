package io.socialdesk.correction;

/**
 * An agent's move of one contact (post or call) from one request to another, kept until every step is done so a
 * crash at any step is finished by the next run instead of leaving the contact half moved.
 */
public record Move(long id, long interactionId, long accountId, long contactId, long fromIssueId, long toIssueId,
                   String agentKey, Stage stage) {
    /** How far a move got: each stage's steps are safe to repeat. */
    public enum Stage {
        /** Recorded; Jira's comments (target's new one, source's note) may or may not be written yet. */
        STARTED,
        /** The contact is on the target in SocialDesk's records; properties, event and audit may be owed. */
        MOVED,
        /** Everything done. */
        DONE
    }

    public Move at(Stage next) {
        return new Move(id, interactionId, accountId, contactId, fromIssueId, toIssueId, agentKey, next);
    }
}
