// Source: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/permission/ProjectPermissions.html
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;

    private ProjectPermissions() {
    }
}
