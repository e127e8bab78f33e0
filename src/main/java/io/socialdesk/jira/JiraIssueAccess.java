package io.socialdesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.IssueAccess;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and their permissions through Jira's IssueManager and PermissionManager. */
@Component
public class JiraIssueAccess implements IssueAccess {
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final UserManager users;
    private final JsmServices jsm;

    @Inject
    public JiraIssueAccess(@ComponentImport IssueManager issues, @ComponentImport PermissionManager permissions,
                           @ComponentImport("jiraUserManager") UserManager users,
                           JsmServices jsm) {
        this.issues = issues;
        this.permissions = permissions;
        this.users = users;
        this.jsm = jsm;
    }

    @Override
    public boolean isServiceDeskRequest(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            return false;
        }
        try {
            return jsm.serviceDesksIfEnabled()
                    .map(desks -> desks.getServiceDeskForProject(issue.getProjectObject()) != null).orElse(false);
        } catch (RuntimeException notAServiceDesk) {
            // JSM answers a project without a service desk with ServiceDeskNotFoundException
            return false;
        }
    }

    @Override
    public Lookup find(String issueKey, Optional<String> userKey, Need need) {
        Issue issue = issues.getIssueObject(issueKey);
        ApplicationUser user = userKey.map(users::getUserByKey).orElse(null);
        if (issue == null || user == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return new Lookup.NotFound();
        }
        if (need == Need.EDIT && !permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            return new Lookup.Forbidden();
        }
        return new Lookup.Found(ref(issue));
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return Optional.ofNullable(issues.getIssueObject(issueId)).map(JiraIssueAccess::ref);
    }

    @Override
    public Optional<IssueRef> visibleTo(long issueId, Optional<String> userKey) {
        Issue issue = issues.getIssueObject(issueId);
        ApplicationUser user = userKey.map(users::getUserByKey).orElse(null);
        return issue != null && user != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue,
                user) ? Optional.of(ref(issue)) : Optional.empty();
    }

    private static IssueRef ref(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getSummary(),
                issue.getStatus() == null ? "" : issue.getStatus().getName(), issue.getResolution() != null,
                Optional.ofNullable(issue.getReporter()).map(ApplicationUser::getKey));
    }
}
