package io.socialdesk.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.automation.SocialProperty;
import io.socialdesk.privacy.RequestRedaction;
import jakarta.inject.Inject;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Redaction through Jira's validating services, so permissions apply and Jira reindexes the request. Only what intake
 * marked as its own is touched: the request created for the interaction (summary and description) and the comment
 * added for it. Jira records the description edit in the request's change history, as it does for any edit; the
 * docs/privacy.md says so and how an administrator removes it.
 */
@Component
public class JiraRequestRedaction implements RequestRedaction {
    static final String SUMMARY = RequestRedaction.ERASED_SUMMARY;
    private static final Logger LOG = LoggerFactory.getLogger(JiraRequestRedaction.class);

    private final IntakeMarkers markers;
    private final IssueService issues;
    private final CommentService comments;
    private final IssuePropertyService properties;
    private final ActingUsers users;
    private final IssueReads reads;

    @Inject
    public JiraRequestRedaction(IntakeMarkers markers, @ComponentImport IssueService issues,
                                @ComponentImport CommentService comments,
                                @ComponentImport IssuePropertyService properties, ActingUsers users,
                                IssueReads reads) {
        this.markers = markers;
        this.issues = issues;
        this.comments = comments;
        this.properties = properties;
        this.users = users;
        this.reads = reads;
    }

    @Override
    public Redacted redact(long interactionId, Optional<Long> issueId, String actorKey, String summary,
                           String note) {
        Optional<ApplicationUser> actor = users.active(actorKey);
        if (actor.isEmpty()) {
            LOG.warn("SocialDesk cannot redact for interaction {}: user {} is not active", interactionId, actorKey);
            return new Redacted(0, 0, 1);
        }
        Redacted done = Redacted.NOTHING;
        Optional<Long> created = markers.issueCreatedFor(interactionId);
        if (created.isPresent()) {
            done = done.plus(request(created.get(), actor.get(), summary, note));
        }
        // routing's comment and, if agents moved the contact, its comment on each request it was moved to
        for (long comment : markers.commentsFor(interactionId)) {
            done = done.plus(comment(comment, actor.get(), note));
        }
        issueId.ifPresent(id -> forgetAuthor(id, actor.get()));
        return done;
    }

    private Redacted request(long issueId, ApplicationUser actor, String summary, String note) {
        IssueService.UpdateValidationResult valid = issues.validateUpdate(actor, issueId,
                issues.newIssueInputParameters().setSummary(summary).setDescription(note));
        if (valid.isValid() && issues.update(actor, valid).isValid()) {
            reads.changed(issueId);
            return new Redacted(1, 0, 0);
        }
        LOG.warn("Jira refused to redact request {}: {}", issueId, valid.getErrorCollection());
        return new Redacted(0, 0, 1);
    }

    private Redacted comment(long commentId, ApplicationUser actor, String note) {
        CommentService.CommentUpdateValidationResult valid = comments.validateCommentUpdate(actor, commentId,
                CommentService.CommentParameters.builder().author(actor).body(note).build());
        if (!valid.isValid()) {
            LOG.warn("Jira refused to redact comment {}: {}", commentId, valid.getErrorCollection());
            return new Redacted(0, 0, 1);
        }
        comments.update(actor, valid, false);
        return new Redacted(0, 1, 0);
    }

    /** The property names the author; it is written again only if the contact writes again. */
    private void forgetAuthor(long issueId, ApplicationUser actor) {
        EntityPropertyService.DeletePropertyValidationResult valid = properties.validateDeleteProperty(actor,
                issueId, SocialProperty.KEY);
        if (valid.isValid()) {
            properties.deleteProperty(actor, valid);
        }
    }
}
