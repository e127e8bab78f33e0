package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.event.issue.IssueEventBundle;
import com.atlassian.jira.event.issue.IssueEventBundleFactory;
import com.atlassian.jira.event.issue.IssueEventManager;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.Map;
import org.ofbiz.core.entity.GenericValue;

/**
 * Jira's event types and issue events: types are stored (custom ones get ids from 10000 on), an unknown id is an
 * IllegalArgumentException, and a dispatched bundle is recorded on its issue by event type name, which is what
 * Automation's "Multiple issue events" trigger matches on.
 */
final class SimEvents implements EventTypeManager, IssueEventManager, IssueEventBundleFactory {
    private final SimulatedJsm jsm;

    SimEvents(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Collection<EventType> getEventTypes() {
        return jsm.eventTypes().stream().map(SimEvents::eventType).toList();
    }

    @Override
    public EventType getEventType(Long id) {
        return jsm.eventTypes().stream().filter(t -> id != null && t.id() == id).findFirst()
                .map(SimEvents::eventType)
                .orElseThrow(() -> new IllegalArgumentException("No event type with id " + id));
    }

    @Override
    public void addEventType(EventType eventType) {
        jsm.addEventType(eventType.getName(), eventType.getDescription(), eventType.getTemplateId());
    }

    @Override
    public IssueEventBundle createWorkflowEventBundle(Long eventType, Issue issue, ApplicationUser user,
                                                      Comment comment, GenericValue changeGroup,
                                                      Map<String, Object> params, boolean sendMail,
                                                      String originalAssigneeId) {
        return new Bundle(eventType, issue, user, Map.copyOf(params), sendMail);
    }

    @Override
    public void dispatchEvent(IssueEventBundle bundle) {
        Bundle event = (Bundle) bundle;
        String name = getEventType(event.eventTypeId()).getName();
        jsm.fireEvent(event.issue().getKey(), name);
    }

    private static EventType eventType(SimulatedJsm.EventTypeRow row) {
        return new EventType(row.id(), row.name(), row.description(), row.templateId());
    }

    record Bundle(Long eventTypeId, Issue issue, ApplicationUser user, Map<String, Object> params, boolean sendMail)
            implements IssueEventBundle {
    }
}
