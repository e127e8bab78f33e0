// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html and jira-api's
// source (read in public Jira source): public class with constants such as
// BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS"). Only the keys SocialDesk checks are declared.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey ADD_COMMENTS = new ProjectPermissionKey("ADD_COMMENTS");
    public static final ProjectPermissionKey TRANSITION_ISSUES = new ProjectPermissionKey("TRANSITION_ISSUES");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
}
