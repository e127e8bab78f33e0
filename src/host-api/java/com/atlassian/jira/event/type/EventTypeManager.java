// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/type/EventTypeManager.html
package com.atlassian.jira.event.type;

import java.util.Collection;

public interface EventTypeManager {
    Collection<EventType> getEventTypes();

    EventType getEventType(Long id);

    void addEventType(EventType eventType);
}
