package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.agent.IssueAccess;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraIssueAccessTest {
    private final HostFixture host = new HostFixture();
    private final JiraIssueAccess access = host.get(JiraIssueAccess.class);
    private final SimulatedJsm.Request request = host.jsm.createRequest("Order late", "Where is it?",
            "jane@customer.example", 1);

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Test
    void givenAnAgentOfTheServiceDesk_whenLookingUpForBrowsing_thenTheRequestIsFound() {
        // when
        IssueAccess.Lookup lookup = access.find(request.key(), Optional.of("bob"), IssueAccess.Need.BROWSE);

        // then
        assertThat(lookup).isEqualTo(new IssueAccess.Lookup.Found(new IssueAccess.IssueRef(request.id(),
                request.key(), "Order late", "Waiting for support", false, Optional.of("jane@customer.example"))));
    }

    @Test
    void givenNoBrowsePermissionNoUserOrNoIssue_whenLookingUp_thenNotFoundAsJiraAnswers() {
        // when / then: dave is licensed but not on the service desk's team
        assertThat(access.find(request.key(), Optional.of("dave"), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
        assertThat(access.find(request.key(), Optional.empty(), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
        assertThat(access.find("CS-999", Optional.of("bob"), IssueAccess.Need.BROWSE))
                .isInstanceOf(IssueAccess.Lookup.NotFound.class);
    }

    @Test
    void givenTheCustomerWhoReportedIt_whenLookingUpToReply_thenTheyMayBrowseButNotEdit() {
        // when
        IssueAccess.Lookup browse = access.find(request.key(), Optional.of("jane@customer.example"),
                IssueAccess.Need.BROWSE);
        IssueAccess.Lookup edit = access.find(request.key(), Optional.of("jane@customer.example"),
                IssueAccess.Need.EDIT);

        // then
        assertThat(browse).isInstanceOf(IssueAccess.Lookup.Found.class);
        assertThat(edit).isInstanceOf(IssueAccess.Lookup.Forbidden.class);
    }

    @Test
    void givenAServiceDeskRequestAndAnUnknownIssue_whenAskingForThePanel_thenOnlyTheRequestQualifies() {
        // when / then
        assertThat(access.isServiceDeskRequest(request.id())).isTrue();
        assertThat(access.isServiceDeskRequest(999_999L)).isFalse();
    }

    @Test
    void givenJsmDisabled_whenAskingForThePanel_thenNoRequestIsAServiceDeskRequest() {
        // given
        host.node.host().jsmEnabled(false);

        // when / then
        assertThat(access.isServiceDeskRequest(request.id())).isFalse();
    }

    @Test
    void givenTwoUsersSharingAnEmail_whenACallNamesIt_thenNobodyIsLinked() {
        // given
        host.jsm.addUser(new SimulatedJsm.User("jane-old", "Jane (old)", "jane@customer.example", false, false,
                false));
        host.jsm.addUser(new SimulatedJsm.User("twin", "Twin", "shared@customer.example", false, false));
        host.jsm.addUser(new SimulatedJsm.User("twin2", "Twin 2", "shared@customer.example", false, false));
        JiraCustomerDirectory directory = host.get(JiraCustomerDirectory.class);

        // when / then
        assertThat(directory.keyByEmail("jane@customer.example")).as("inactive users do not count")
                .contains("jane@customer.example");
        assertThat(directory.keyByEmail("shared@customer.example")).isEmpty();
        assertThat(directory.resolve("jane-old")).as("inactive").isEmpty();
        assertThat(directory.resolve("bob")).contains("bob");
    }
}
