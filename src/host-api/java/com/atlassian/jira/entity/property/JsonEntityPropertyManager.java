// Source: jira-api's JsonEntityPropertyManager (https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/JsonEntityPropertyManager.html;
// docs/host-api.md *Entity properties*; imported
// by the Jira 11 Slack app, whose JsonStore calls get and query().entityName(..).entityId(..).find()).
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    EntityProperty get(String entityName, Long entityId, String key);

    EntityPropertyQuery<?> query();
}
