package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service desk's workflow: "Waiting for support" resolves to "Resolved" (resolution Done), which "Reopen issue"
 * brings back. Transitions go through Jira's validate-then-transition service with its permission check.
 */
final class SimWorkflow implements IssueService, IssueWorkflowManager {
    record Step(int id, String name, String from, String to, boolean resolves) {
    }

    static final List<Step> STEPS = List.of(
            new Step(761, "Resolve this issue", SimulatedJsm.WAITING_FOR_SUPPORT, SimulatedJsm.RESOLVED, true),
            new Step(901, "Reopen issue", SimulatedJsm.RESOLVED, SimulatedJsm.WAITING_FOR_SUPPORT, false));

    private final SimulatedJsm jsm;
    private final SimIssues issues;
    private final SimPermissions permissions;

    SimWorkflow(SimulatedJsm jsm, SimIssues issues, SimPermissions permissions) {
        this.jsm = jsm;
        this.issues = issues;
        this.permissions = permissions;
    }

    @Override
    public List<ActionDescriptor> getSortedAvailableActions(Issue issue, ApplicationUser user) {
        if (!permissions.hasPermission(ProjectPermissions.TRANSITION_ISSUES, issue, user)) {
            return List.of();
        }
        return STEPS.stream().filter(s -> s.from().equals(issue.getStatus().getName()))
                .<ActionDescriptor>map(SimAction::new).toList();
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new Inputs();
    }

    /** Validates an edit of summary and description: the issue exists, the user may edit it, the summary fits. */
    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters parameters) {
        SimErrors errors = new SimErrors();
        MutableIssue issue = issues.getIssueObject(issueId);
        Inputs inputs = (Inputs) parameters;
        if (issue == null) {
            errors.addErrorMessage("The issue no longer exists.");
        } else if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.addErrorMessage("You do not have permission to edit issues in this project.");
        } else if (inputs.summary != null && (inputs.summary.isBlank() || inputs.summary.length() > 255)) {
            errors.addError("summary", "You must specify a summary of the issue of at most 255 characters.");
        }
        return new UpdateValidationResult(issue, errors, inputs.values());
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult result) {
        if (!result.isValid()) {
            return new IssueResult(result.getIssue(), result.getErrorCollection());
        }
        Map<String, Object> values = result.getFieldValuesHolder();
        jsm.edit(result.getIssue().getKey(), (String) values.get("summary"), (String) values.get("description"));
        return new IssueResult(issues.getIssueObject(result.getIssue().getId()), new SimErrors());
    }

    private static final class Inputs implements IssueInputParameters {
        private String summary;
        private String description;

        @Override
        public IssueInputParameters setSummary(String summary) {
            this.summary = summary;
            return this;
        }

        @Override
        public IssueInputParameters setDescription(String description) {
            this.description = description;
            return this;
        }

        Map<String, Object> values() {
            Map<String, Object> values = new java.util.HashMap<>();
            values.put("summary", summary);
            values.put("description", description);
            return values;
        }
    }

    @Override
    public TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
                                                         IssueInputParameters parameters) {
        SimErrors errors = new SimErrors();
        MutableIssue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            errors.addErrorMessage("The issue no longer exists.");
        } else if (!permissions.hasPermission(ProjectPermissions.TRANSITION_ISSUES, issue, user)) {
            errors.addErrorMessage("You do not have permission to transition this issue.");
        } else if (step(issue, actionId).isEmpty()) {
            errors.addErrorMessage("It seems that you have tried to perform a workflow operation (" + actionId
                    + ") that is not valid for the current state of this issue (" + issue.getKey() + ").");
        }
        return new TransitionValidationResult(issue, errors, Map.of(), Map.of(), actionId);
    }

    @Override
    public IssueResult transition(ApplicationUser user, TransitionValidationResult result) {
        if (!result.isValid()) {
            return new IssueResult(result.getIssue(), result.getErrorCollection());
        }
        MutableIssue issue = result.getIssue();
        Step step = step(issue, result.getActionId()).orElseThrow(() ->
                new IllegalStateException("the issue changed state since the transition was validated"));
        jsm.transition(issue.getKey(), step.to(), step.resolves(), user == null ? null : user.getKey());
        return new IssueResult(issues.getIssueObject(issue.getId()), new SimErrors());
    }

    private Optional<Step> step(Issue issue, int actionId) {
        Issue current = issues.getIssueObject(issue.getId());
        return STEPS.stream().filter(s -> s.id() == actionId && s.from().equals(current.getStatus().getName()))
                .findFirst();
    }

    private static final class SimAction extends ActionDescriptor {
        private final Step step;

        SimAction(Step step) {
            this.step = step;
        }

        @Override
        public int getId() {
            return step.id();
        }

        @Override
        public String getName() {
            return step.name();
        }
    }
}
