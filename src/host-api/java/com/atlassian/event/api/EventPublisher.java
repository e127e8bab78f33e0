// Source: https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventPublisher.html
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
