// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/EntityProperty.html
package com.atlassian.jira.entity.property;

public interface EntityProperty {
    Long getEntityId();

    String getKey();

    String getValue();
}
