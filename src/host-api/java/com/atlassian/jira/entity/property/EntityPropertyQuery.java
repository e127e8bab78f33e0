// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/EntityPropertyQuery.html
// Source: jira-api's EntityPropertyQuery (@ExperimentalApi; source text read in public Jira source): entityName(String) and
// key(String) return ExecutableQuery, entityId(Long) and maxResults(int) return T; ExecutableQuery has find() and count().
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
