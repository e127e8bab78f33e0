// Source: jira-api's JsonEntityPropertyManager (host-api.md §1.10: get and query() VERIFIED in Jira 6.x source; imported
// by the Jira 11 Slack app, whose JsonStore calls get and query().entityName(..).entityId(..).find()).
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    EntityProperty get(String entityName, Long entityId, String key);

    EntityPropertyQuery<?> query();
}
