// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/workflow/IssueWorkflowManager.html
package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.loader.ActionDescriptor;
import java.util.List;

public interface IssueWorkflowManager {
    List<ActionDescriptor> getSortedAvailableActions(Issue issue, ApplicationUser user);
}
