package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The service desk project's permission scheme: its agents (the team) may do everything on its requests (but edit
 * one in a status that is not editable); its collaborators may browse and comment; a customer
 * may browse the requests they reported or were shared with as a participant (the portal's view); anyone else, and
 * inactive users, nothing.
 */
final class SimPermissions implements PermissionManager {
    private final SimulatedJsm jsm;

    SimPermissions(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (issue == null || user == null || !user.isActive() || jsm.user(user.getKey()).isEmpty()
                || jsm.securityHides(issue.getId(), user.getKey())) {
            return false;
        }
        if (ProjectPermissions.EDIT_ISSUES.equals(permissionKey) && !jsm.editable(issue.getId())) {
            return false;
        }
        if (jsm.onTeam(user.getKey())) {
            return true;
        }
        if (jsm.collaborator(user.getKey())) {
            return ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey)
                    || ProjectPermissions.ADD_COMMENTS.equals(permissionKey);
        }
        // JSM's "Service Desk Customer - Portal Access" role: browse and comment on the requests they take part in
        return (ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey)
                || ProjectPermissions.ADD_COMMENTS.equals(permissionKey))
                && jsm.requestById(issue.getId()).filter(r -> r.involves(user.getKey())).isPresent();
    }

    /** On the project as a whole: its agents and collaborators browse it; customers see only their own requests. */
    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, com.atlassian.jira.project.Project project,
                                 ApplicationUser user) {
        if (project == null || user == null || !user.isActive() || jsm.user(user.getKey()).isEmpty()
                || project.getId() == null || project.getId() != jsm.serviceDesk().projectId()) {
            return false;
        }
        return jsm.onTeam(user.getKey())
                || jsm.collaborator(user.getKey()) && ProjectPermissions.BROWSE_PROJECTS.equals(permissionKey);
    }
}
