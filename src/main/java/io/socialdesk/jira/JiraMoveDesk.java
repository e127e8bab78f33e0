package io.socialdesk.jira;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.correction.MoveDesk;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * A move's comments through Jira's comment service, each marked with entity properties so a repeat after a crash
 * writes nothing twice: the target's comment carries the move's mark, the source's note its own; the source's
 * comments for the contact are edited to the note, which a repeat finds already done.
 */
@Component
public class JiraMoveDesk implements MoveDesk {
    private final IntakeMarkers markers;
    private final CommentService comments;
    private final IssueReads issues;
    private final ActingUsers users;
    private final JiraIssueUpdates updates;

    @Inject
    public JiraMoveDesk(IntakeMarkers markers, @ComponentImport CommentService comments, IssueReads issues,
                        ActingUsers users, JiraIssueUpdates updates) {
        this.markers = markers;
        this.comments = comments;
        this.issues = issues;
        this.users = users;
        this.updates = updates;
    }

    @Override
    public void commentMoved(long issueId, long moveId, long interactionId, String body, boolean internal,
                             String actorKey) {
        if (!markers.hasMoveMark(IntakeMarkers.MOVE_PREFIX, moveId)) {
            updates.comment(issue(issueId), body, markers.movedCommentProperties(moveId, interactionId, internal),
                    actor(actorKey));
        }
    }

    @Override
    public int replaceComments(long issueId, long interactionId, String note, String actorKey) {
        ApplicationUser actor = actor(actorKey);
        int there = 0;
        for (long commentId : markers.commentsFor(interactionId)) {
            Comment comment = comments.getCommentById(actor, commentId, new SimpleErrorCollection());
            if (comment == null || comment.getIssue() == null || comment.getIssue().getId() != issueId) {
                continue;
            }
            there++;
            if (!note.equals(comment.getBody())) {
                CommentService.CommentUpdateValidationResult valid = comments.validateCommentUpdate(actor, commentId,
                        CommentService.CommentParameters.builder().author(actor).body(note).build());
                if (!valid.isValid()) {
                    throw new IllegalStateException("Jira refused to replace comment " + commentId + ": "
                            + valid.getErrorCollection());
                }
                comments.update(actor, valid, false);
            }
        }
        return there;
    }

    @Override
    public void noteMoved(long issueId, long moveId, String note, String actorKey) {
        if (!markers.hasMoveMark(IntakeMarkers.MOVE_NOTE_PREFIX, moveId)) {
            updates.comment(issue(issueId), note, markers.moveNoteProperties(moveId), actor(actorKey));
        }
    }

    @Override
    public void linkDuplicate(long issueId, long originalIssueId, String actorKey) {
        updates.link(issueId, originalIssueId, JiraIssueUpdates.DUPLICATE, actor(actorKey));
    }

    @Override
    public boolean resolve(long issueId, String actorKey) {
        boolean resolved = updates.resolve(issue(issueId), actor(actorKey));
        issues.changed(issueId);
        return resolved;
    }

    private Issue issue(long issueId) {
        return issues.issue(issueId).orElseThrow(() -> new IllegalStateException("issue " + issueId
                + " no longer exists"));
    }

    private ApplicationUser actor(String userKey) {
        return users.active(userKey).orElseThrow(() -> new IllegalStateException("user " + userKey
                + " is missing or inactive"));
    }
}
