// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/comments/Comment.html
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();
}
