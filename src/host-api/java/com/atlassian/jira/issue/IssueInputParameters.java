// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueInputParameters.html
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);
}
