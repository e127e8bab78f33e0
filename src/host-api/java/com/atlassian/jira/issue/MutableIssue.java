// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
