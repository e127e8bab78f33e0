package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.util.UserManager;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraSocialEventsTest {
    private final HostFixture host = new HostFixture();

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Test
    void givenAFreshJira_whenSocialDeskStarted_thenItsSixEventTypesExistOnce() {
        // when: started by the fixture (SAL's onStart); a second start, as after a plugin upgrade
        host.get(JiraSocialEvents.class).onStart();

        // then
        assertThat(eventTypeNames()).containsOnlyOnce(Arrays.stream(SocialEventType.values())
                .map(SocialEventType::displayName).toArray(String[]::new));
    }

    @Test
    void givenASecondNodeStartingOnTheSameJira_whenItStarts_thenNoEventTypeIsAddedTwice() throws Exception {
        // given
        EntityManagerActiveObjects other = EntityManagerActiveObjects.connect(host.ao.jdbcUrl(), "sa", "",
                "io.socialdesk");

        // when
        try (PluginNode second = PluginNode.start(host.jsm, other, java.nio.file.Files.createTempDirectory("sd"),
                host.clock)) {
            second.get(JiraSocialEvents.class).onStart();
        } finally {
            other.dispose();
        }

        // then
        assertThat(eventTypeNames()).filteredOn(n -> n.startsWith("SocialDesk: "))
                .hasSize(io.socialdesk.automation.SocialEventType.values().length).doesNotHaveDuplicates();
    }

    @Test
    void givenARegisteredType_whenFired_thenTheIssueGetsThatEvent() {
        // given
        SimulatedJsm.Request request = host.jsm.createRequest("Order late", "?", "jane@customer.example", 1);

        // when
        host.get(JiraSocialEvents.class).fire(SocialEventType.CONTACT_MERGED,
                host.get(IssueManager.class).getIssueObject(request.id()),
                host.get(UserManager.class).getUserByKey("socialdesk"));

        // then
        assertThat(host.jsm.requestById(request.id()).orElseThrow().socialDeskEvents())
                .containsExactly("SocialDesk: contact merged");
    }

    @Test
    void givenAJiraWithoutTheBundleFactory_whenFired_thenNothingIsDispatchedAndNothingThrows() {
        // given: a worker that offers no component at all
        SimulatedJsm.Request request = host.jsm.createRequest("Order late", "?", "jane@customer.example", 1);
        ComponentAccessor.Worker jira = ComponentAccessor.initialiseWorker(new ComponentAccessor.Worker() {
            @Override
            public <T> T getComponent(Class<T> type) {
                return null;
            }

            @Override
            public <T> T getComponentOfType(Class<T> type) {
                return null;
            }

            @Override
            public <T> T getOSGiComponentInstanceOfType(Class<T> type) {
                return null;
            }
        });

        // when
        try {
            host.get(JiraSocialEvents.class).fire(SocialEventType.CONTACT_MERGED,
                    host.get(IssueManager.class).getIssueObject(request.id()),
                    host.get(UserManager.class).getUserByKey("socialdesk"));
        } finally {
            ComponentAccessor.initialiseWorker(jira);
        }

        // then
        assertThat(host.jsm.requestById(request.id()).orElseThrow().socialDeskEvents()).isEmpty();
    }

    private java.util.List<String> eventTypeNames() {
        return host.get(com.atlassian.jira.event.type.EventTypeManager.class).getEventTypes().stream()
                .map(com.atlassian.jira.event.type.EventType::getName).toList();
    }
}
