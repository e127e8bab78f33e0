// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/Status.html
package com.atlassian.jira.issue.status;

public interface Status {
    String getName();
}
