// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/JsonEntityPropertyManager.html
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    EntityProperty get(String entityName, Long entityId, String key);

    EntityPropertyQuery<?> query();
}
