// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueManager.html
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
