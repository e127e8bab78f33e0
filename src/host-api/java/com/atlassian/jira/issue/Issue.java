// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (return types as Jira 11 code overrides them, docs/host-api.md *Issue in Jira 11*)
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;

public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();

    Resolution getResolution();

    Timestamp getResolutionDate();

    Timestamp getCreated();

    Timestamp getUpdated();

    String getSummary();

    String getDescription();

    com.atlassian.jira.issue.status.Status getStatus();

    com.atlassian.jira.user.ApplicationUser getReporter();
}
