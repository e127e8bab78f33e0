// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.html
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    class IssueValidationResult extends ServiceResultImpl {
        protected IssueValidationResult() {
        }
    }

    class IssueResult extends IssueValidationResult {
        protected IssueResult() {
        }
    }

    class TransitionValidationResult extends ServiceResultImpl {
        protected TransitionValidationResult() {
        }
    }
}
