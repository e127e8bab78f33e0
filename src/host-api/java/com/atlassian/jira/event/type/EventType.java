// Source: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (@PublicApi class) and
// jira-api's EventType source (read in public Jira source: ISSUE_GENERICEVENT_ID = 13L; the constructors store their
// arguments; getTemplateId() falls back to the id). Value-holding, as the real class is.
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;

    private final Long id;
    private final String name;
    private final String description;
    private final Long templateId;

    public EventType(String name, String description, Long templateId) {
        this(null, name, description, templateId);
    }

    public EventType(Long id, String name, String description, Long templateId) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.templateId = templateId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getTemplateId() {
        return templateId == null ? id : templateId;
    }
}
