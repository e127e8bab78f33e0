// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.html and jira-api's
// IssueService source (read in public Jira source): IssueValidationResult is an abstract ServiceResultImpl holding the
// MutableIssue; IssueResult(MutableIssue, ErrorCollection); TransitionValidationResult(MutableIssue, ErrorCollection,
// Map fieldValuesHolder, Map additionInputs, int actionId) with getIssue()/getActionId(). Value-holding as the real ones.
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    // validateUpdate/update and UpdateValidationResult: as called by public plugins, e.g.
    // issueService.validateUpdate(user, issue.getId(), issueInputParameters) then issueService.update(user, result)
    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }

    class UpdateValidationResult extends IssueValidationResult {
        private final Map<String, Object> fieldValuesHolder;

        public UpdateValidationResult(MutableIssue issue, ErrorCollection errors,
                                      Map<String, Object> fieldValuesHolder) {
            super(issue, errors);
            this.fieldValuesHolder = fieldValuesHolder;
        }

        public Map<String, Object> getFieldValuesHolder() {
            return fieldValuesHolder;
        }
    }

    class TransitionValidationResult extends ServiceResultImpl {
        private final MutableIssue issue;
        private final Map<String, Object> fieldValuesHolder;
        @SuppressWarnings("rawtypes")
        private final Map additionInputs;
        private final int actionId;

        @SuppressWarnings("rawtypes")
        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors,
                                          Map<String, Object> fieldValuesHolder, Map additionInputs, int actionId) {
            super(errors);
            this.issue = issue;
            this.fieldValuesHolder = fieldValuesHolder;
            this.additionInputs = additionInputs;
            this.actionId = actionId;
        }

        public MutableIssue getIssue() {
            return issue;
        }

        public int getActionId() {
            return actionId;
        }
    }
}
