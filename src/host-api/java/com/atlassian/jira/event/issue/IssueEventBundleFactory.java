// Source: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEventBundleFactory.html
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.ofbiz.core.entity.GenericValue;

public interface IssueEventBundleFactory {
    IssueEventBundle createWorkflowEventBundle(Long eventType, Issue issue, ApplicationUser user, Comment comment,
            GenericValue changeGroup, Map<String, Object> params, boolean sendMail, String originalAssigneeId);
}
