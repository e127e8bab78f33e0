// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueManager.html
// getIssueObjects: the same Javadoc ("Issues that are not found will be missing from the list. That is list will not
// contains nulls."); the declaration List<Issue> getIssueObjects(Collection<Long> ids) as in Jira's IssueManager
// sources and as open-source Data Center apps call it (List<Issue> issues = issueManager.getIssueObjects(ids)).
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
