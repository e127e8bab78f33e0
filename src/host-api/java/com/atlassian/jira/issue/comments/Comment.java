// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/Comment.html; the getters as public
// Jira apps call them (e.g. comment.getBody(), comment.getCreated(), comment.getAuthorApplicationUser(),
// comment.getIssue().getId() in Jira DC plugins indexed by GitHub code search).
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

public interface Comment {
    Long getId();

    String getBody();

    Date getCreated();

    ApplicationUser getAuthorApplicationUser();

    Issue getIssue();
}
