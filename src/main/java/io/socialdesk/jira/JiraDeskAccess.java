package io.socialdesk.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.ServiceDesk;
import io.socialdesk.insights.DeskAccess;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A project's service desk for a user who may browse the project: Jira's project, its browse permission in the
 * project's context, then JSM's desk of that project (looked up through {@link JsmServices}, as JSM may be
 * disabled). Any miss answers empty, so a caller cannot tell a project it may not see from one that does not exist.
 */
@Component
public class JiraDeskAccess implements DeskAccess {
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final ActingUsers users;
    private final JsmServices jsm;

    @Inject
    public JiraDeskAccess(@ComponentImport ProjectManager projects, @ComponentImport PermissionManager permissions,
                          ActingUsers users, JsmServices jsm) {
        this.projects = projects;
        this.permissions = permissions;
        this.users = users;
        this.jsm = jsm;
    }

    @Override
    public Optional<Desk> deskFor(String projectKey, String userKey) {
        Optional<ApplicationUser> user = users.active(userKey);
        Project project = projects.getProjectObjByKey(projectKey);
        if (user.isEmpty() || project == null
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user.get())) {
            return Optional.empty();
        }
        try {
            ServiceDesk desk = jsm.serviceDesks().getServiceDeskForProject(project);
            return desk == null ? Optional.empty()
                    : Optional.of(new Desk(desk.getId(), project.getKey(), project.getName()));
        } catch (RuntimeException notADesk) {
            return Optional.empty(); // JSM answers a project without a desk with an exception
        }
    }
}
