package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import io.socialdesk.agent.IssueAccess;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JiraIssueAccessTest {
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final ServiceDeskManager serviceDesks = mock(ServiceDeskManager.class);
    private final HostLookup host = mock(HostLookup.class);
    private final JiraIssueAccess access = new JiraIssueAccess(issues, permissions, users, new JsmServices(host));
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);

    JiraIssueAccessTest() {
        when(issues.getIssueObject("CS-1")).thenReturn(issue);
        when(issue.getId()).thenReturn(10L);
        when(issue.getKey()).thenReturn("CS-1");
        when(issue.getSummary()).thenReturn("Order late");
        Status open = mock(Status.class);
        when(open.getName()).thenReturn("Waiting for support");
        when(issue.getStatus()).thenReturn(open);
        when(users.getUserByKey("bob")).thenReturn(bob);
        when(host.pluginService(ServiceDeskManager.class)).thenReturn(Optional.of(serviceDesks));
    }

    @Test
    void givenBrowsePermission_whenLookingUpForBrowsing_thenTheRequestIsFound() {
        // given
        when(permissions.hasPermission(any(), eq(issue), eq(bob))).thenReturn(true);

        // when
        IssueAccess.Lookup lookup = access.find("CS-1", Optional.of("bob"), IssueAccess.Need.BROWSE);

        // then
        assertThat(lookup).isEqualTo(new IssueAccess.Lookup.Found(new IssueAccess.IssueRef(10L, "CS-1",
                "Order late", "Waiting for support", false, Optional.empty())));
    }

    @Test
    void givenNoBrowsePermissionNoUserOrNoIssue_whenLookingUp_thenNotFoundAsJiraAnswers() {
        // given
        when(permissions.hasPermission(any(), eq(issue), eq(bob))).thenReturn(false);

        // when / then
        assertThat(access.find("CS-1", Optional.of("bob"), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
        assertThat(access.find("CS-1", Optional.empty(), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
        assertThat(access.find("CS-2", Optional.of("bob"), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
    }

    @Test
    void givenBrowseButNotEdit_whenLookingUpToReply_thenForbidden() {
        // given: the first check (browse) passes, the second (edit) does not
        when(permissions.hasPermission(any(), eq(issue), eq(bob))).thenReturn(true, false);

        // when
        IssueAccess.Lookup lookup = access.find("CS-1", Optional.of("bob"), IssueAccess.Need.EDIT);

        // then
        assertThat(lookup).isInstanceOf(IssueAccess.Lookup.Forbidden.class);
    }

    @Test
    void givenAProjectWithoutServiceDesk_whenAskingForThePanel_thenItIsNoServiceDeskRequest() {
        // given
        Project software = mock(Project.class);
        Project support = mock(Project.class);
        MutableIssue bug = mock(MutableIssue.class);
        when(issues.getIssueObject(10L)).thenReturn(issue);
        when(issues.getIssueObject(11L)).thenReturn(bug);
        when(issue.getProjectObject()).thenReturn(support);
        when(bug.getProjectObject()).thenReturn(software);
        when(serviceDesks.getServiceDeskForProject(support)).thenReturn(mock(ServiceDesk.class));
        when(serviceDesks.getServiceDeskForProject(software)).thenThrow(new IllegalStateException("not found"));

        // when / then
        assertThat(access.isServiceDeskRequest(10L)).isTrue();
        assertThat(access.isServiceDeskRequest(11L)).isFalse();
        assertThat(access.isServiceDeskRequest(12L)).isFalse();
    }

    @Test
    void givenJsmDisabled_whenAskingForThePanel_thenNoRequestIsAServiceDeskRequest() {
        // given
        Project support = mock(Project.class);
        when(issues.getIssueObject(10L)).thenReturn(issue);
        when(issue.getProjectObject()).thenReturn(support);
        when(serviceDesks.getServiceDeskForProject(support)).thenReturn(mock(ServiceDesk.class));
        when(host.pluginService(ServiceDeskManager.class)).thenReturn(Optional.empty());

        // when / then
        assertThat(access.isServiceDeskRequest(10L)).isFalse();
    }

    @Test
    void givenTwoUsersSharingAnEmail_whenACallNamesIt_thenNobodyIsLinked() {
        // given
        UserSearchService search = mock(UserSearchService.class);
        ApplicationUser jane = user("jane", true);
        ApplicationUser janeOld = user("jane-old", false);
        ApplicationUser twin = user("twin", true);
        when(search.findUsersByEmail("jane@customer.example")).thenReturn(List.of(jane, janeOld));
        when(search.findUsersByEmail("shared@customer.example")).thenReturn(List.of(jane, twin));
        JiraCustomerDirectory directory = new JiraCustomerDirectory(search, users);

        // when / then
        assertThat(directory.keyByEmail("jane@customer.example")).as("inactive users do not count").contains("jane");
        assertThat(directory.keyByEmail("shared@customer.example")).isEmpty();
    }

    private static ApplicationUser user(String key, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(active);
        return user;
    }
}
