package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.IssueEventBundleFactory;
import com.atlassian.jira.event.issue.IssueEventManager;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.intake.ClusterLocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JiraSocialEventsTest {
    private final EventTypeManager eventTypes = mock(EventTypeManager.class);
    private final IssueEventManager issueEvents = mock(IssueEventManager.class);
    private final IssueEventBundleFactory bundles = mock(IssueEventBundleFactory.class);
    private final ClusterLocks locks = new ClusterLocks() {
        @Override
        public <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work) {
            return Optional.ofNullable(work.get());
        }
    };
    private final HostLookup host = mock(HostLookup.class);
    private final JiraSocialEvents events = new JiraSocialEvents(eventTypes, issueEvents, host, locks);

    JiraSocialEventsTest() {
        when(host.component(IssueEventBundleFactory.class)).thenReturn(Optional.of(bundles));
    }

    @Test
    void givenAFreshJira_whenStarted_thenAllSixTypesAreAddedWithTheGenericEventsTemplate() {
        // given
        EventType generic = new EventType(13L, "Generic Event", "", 13L);
        when(eventTypes.getEventType(EventType.ISSUE_GENERICEVENT_ID)).thenReturn(generic);
        when(eventTypes.getEventTypes()).thenReturn(List.of(generic));

        // when
        events.onStart();

        // then
        verify(eventTypes, times(SocialEventType.values().length)).addEventType(any());
    }

    @Test
    void givenTypesRegisteredByAnotherNodeOrAnEarlierStart_whenStarted_thenNothingIsAddedTwice() {
        // given
        List<EventType> existing = new ArrayList<>();
        long id = 10_000;
        for (SocialEventType type : SocialEventType.values()) {
            existing.add(new EventType(id++, type.displayName(), "", 13L));
        }
        EventType generic = new EventType(13L, "Generic", "", 13L);
        when(eventTypes.getEventType(EventType.ISSUE_GENERICEVENT_ID)).thenReturn(generic);
        when(eventTypes.getEventTypes()).thenReturn(existing);

        // when
        events.onStart();

        // then
        verify(eventTypes, never()).addEventType(any());
    }

    @Test
    void givenARegisteredType_whenFired_thenTheIssueEventCarriesItsIdWithoutMail() {
        // given
        EventType merged = new EventType(10_001L, "SocialDesk: contact merged", "", 13L);
        when(eventTypes.getEventTypes()).thenReturn(List.of(merged));
        IssueEventBundle bundle = mock(IssueEventBundle.class);
        Issue issue = mock(Issue.class);
        ApplicationUser actor = mock(ApplicationUser.class);
        ArgumentCaptor<Long> typeId = ArgumentCaptor.forClass(Long.class);
        when(bundles.createWorkflowEventBundle(typeId.capture(), eq(issue), eq(actor), isNull(), isNull(), any(),
                anyBoolean(), isNull())).thenReturn(bundle);

        // when
        events.fire(SocialEventType.CONTACT_MERGED, issue, actor);

        // then
        assertThat(typeId.getValue()).isEqualTo(10_001L);
        verify(bundles).createWorkflowEventBundle(any(), any(), any(), any(), any(), any(), eq(false), any());
        verify(issueEvents).dispatchEvent(bundle);
    }

    @Test
    void givenAJiraWithoutTheBundleFactory_whenFired_thenNothingIsDispatchedAndNothingThrows() {
        // given
        when(eventTypes.getEventTypes()).thenReturn(List.of(new EventType(10_001L, "SocialDesk: contact merged", "",
                13L)));
        when(host.component(IssueEventBundleFactory.class)).thenReturn(Optional.empty());

        // when
        events.fire(SocialEventType.CONTACT_MERGED, mock(Issue.class), mock(ApplicationUser.class));

        // then
        verify(issueEvents, never()).dispatchEvent(any());
    }
}
