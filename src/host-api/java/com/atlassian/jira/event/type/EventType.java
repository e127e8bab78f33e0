// Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_GENERICEVENT_ID = Long.valueOf(6L);

    public EventType(String name, String description, Long templateId) {
    }

    public Long getId() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public String getName() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public Long getTemplateId() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
