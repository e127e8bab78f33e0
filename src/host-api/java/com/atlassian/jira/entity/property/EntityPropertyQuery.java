// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/EntityPropertyQuery.html
package com.atlassian.jira.entity.property;

import java.util.List;

public interface EntityPropertyQuery<T extends EntityPropertyQuery<T>> {
    ExecutableQuery entityName(String entityName);

    ExecutableQuery key(String key);

    T entityId(Long entityId);

    T maxResults(int maxResults);

    interface ExecutableQuery extends EntityPropertyQuery<ExecutableQuery> {
        List<EntityProperty> find();

        long count();
    }
}
