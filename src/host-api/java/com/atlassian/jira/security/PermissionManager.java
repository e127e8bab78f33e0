// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/security/PermissionManager.html
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    // since 6.3, in Jira's published PermissionManager source: the check in the context of a whole project
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
