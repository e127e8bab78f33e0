// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueInputParameters.html; the fluent
// setSummary/setDescription as public plugins chain them before IssueService.validateUpdate:
// "issueInputParameters.setSummary(req.getParameter("summary")).setDescription(req.getParameter("description"))".
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);
}
