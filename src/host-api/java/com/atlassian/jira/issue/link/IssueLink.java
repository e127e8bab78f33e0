// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/link/IssueLink.html
package com.atlassian.jira.issue.link;

public interface IssueLink {
    Long getId();
}
