// Source: https://docs.atlassian.com/atlassian-event/latest/com/atlassian/event/api/EventListenerRegistrar.html
package com.atlassian.event.api;

public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
