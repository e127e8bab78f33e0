package io.socialdesk.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Comments, reopening and links on existing requests, through Jira's validating services. */
@Component
public class JiraIssueUpdates {
    /** Workflows differ; these are the reopen transitions of JSM's and Jira's shipped workflows. */
    static final List<String> REOPEN_TRANSITIONS = List.of("reopen", "reopen issue", "re-open", "back to in progress",
            "back to waiting for support", "respond to support");
    /** The transitions that resolve a request in JSM's and Jira's shipped workflows. */
    static final List<String> RESOLVE_TRANSITIONS = List.of("resolve this issue", "resolve issue", "resolve", "done",
            "mark as done", "close", "close issue");
    /** Jira's default link types, by name. */
    static final String RELATES = "Relates";
    static final String DUPLICATE = "Duplicate";
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueUpdates.class);

    private final CommentService comments;
    private final IssueService issues;
    private final IssueWorkflowManager workflows;
    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final IntakeMarkers markers;

    @Inject
    public JiraIssueUpdates(@ComponentImport CommentService comments, @ComponentImport IssueService issues,
                            @ComponentImport IssueWorkflowManager workflows, @ComponentImport IssueLinkManager links,
                            @ComponentImport IssueLinkTypeManager linkTypes, IntakeMarkers markers) {
        this.comments = comments;
        this.issues = issues;
        this.workflows = workflows;
        this.links = links;
        this.linkTypes = linkTypes;
        this.markers = markers;
    }

    public void comment(Issue issue, long interactionId, String body, boolean internal, ApplicationUser actor) {
        comment(issue, body, markers.commentProperties(interactionId, internal), actor);
    }

    /** A comment with the given entity properties (JSM's visibility among them). */
    public void comment(Issue issue, String body, java.util.Map<String, com.atlassian.jira.util.json.JSONObject>
            properties, ApplicationUser actor) {
        CommentService.CommentCreateValidationResult valid = comments.validateCommentCreate(actor,
                CommentService.CommentParameters.builder().author(actor).issue(issue).body(body)
                        .commentProperties(properties).build());
        if (!valid.isValid()) {
            throw new IllegalStateException("comment refused on " + issue.getKey() + ": "
                    + valid.getErrorCollection());
        }
        comments.create(actor, valid, true);
    }

    /** Reopens through the workflow; where it has no reopen transition the comment still lands (logged). */
    public void reopen(Issue issue, ApplicationUser actor) {
        Optional<ActionDescriptor> reopen = workflows.getSortedAvailableActions(issue, actor).stream()
                .filter(a -> REOPEN_TRANSITIONS.contains(a.getName().toLowerCase(Locale.ROOT))).findFirst();
        if (reopen.isEmpty()) {
            LOG.warn("{} has no reopen transition for {}; the customer's post is added as a comment only",
                    issue.getKey(), actor.getUsername());
            return;
        }
        IssueService.TransitionValidationResult valid = issues.validateTransition(actor, issue.getId(),
                reopen.get().getId(), issues.newIssueInputParameters());
        if (valid.isValid()) {
            issues.transition(actor, valid);
        } else {
            LOG.warn("Reopening {} was refused: {}", issue.getKey(), valid.getErrorCollection());
        }
    }

    /** Resolves through the workflow's resolving step; false when it has none or refuses it (logged). */
    public boolean resolve(Issue issue, ApplicationUser actor) {
        if (issue.getResolution() != null) {
            return true;
        }
        Optional<ActionDescriptor> resolve = workflows.getSortedAvailableActions(issue, actor).stream()
                .filter(a -> RESOLVE_TRANSITIONS.contains(a.getName().toLowerCase(Locale.ROOT))).findFirst();
        if (resolve.isEmpty()) {
            LOG.info("{} has no resolving transition for {}", issue.getKey(), actor.getUsername());
            return false;
        }
        IssueService.TransitionValidationResult valid = issues.validateTransition(actor, issue.getId(),
                resolve.get().getId(), issues.newIssueInputParameters());
        if (!valid.isValid()) {
            LOG.info("Resolving {} was refused: {}", issue.getKey(), valid.getErrorCollection());
            return false;
        }
        return issues.transition(actor, valid).isValid();
    }

    public void unlink(long issueId, long earlierIssueId, ApplicationUser actor) {
        Optional<IssueLinkType> relates = linkTypes.getIssueLinkTypesByName(RELATES).stream().findFirst();
        IssueLink link = relates.map(type -> links.getIssueLink(issueId, earlierIssueId, type.getId())).orElse(null);
        if (link != null) {
            links.removeIssueLink(link, actor);
        }
    }

    public void link(long issueId, long earlierIssueId, ApplicationUser actor) {
        link(issueId, earlierIssueId, RELATES, actor);
    }

    /** Links with Jira's link type of this name; no-op if linked so already, logged if Jira has no such type. */
    public void link(long issueId, long earlierIssueId, String typeName, ApplicationUser actor) {
        Optional<IssueLinkType> relates = linkTypes.getIssueLinkTypesByName(typeName).stream().findFirst();
        if (relates.isEmpty()) {
            LOG.warn("No '{}' link type: issue {} is not linked to {}", typeName, issueId, earlierIssueId);
            return;
        }
        Long type = relates.get().getId();
        if (links.getIssueLink(issueId, earlierIssueId, type) != null) {
            return;
        }
        try {
            links.createIssueLink(issueId, earlierIssueId, type, 0L, actor);
        } catch (CreateException e) {
            throw new IllegalStateException("cannot link issue " + issueId + " to " + earlierIssueId, e);
        }
    }
}
