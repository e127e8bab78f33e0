package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyQuery;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Entity properties: the issue property service (edit permission on the issue, key at most 255 characters, value
 * valid JSON of at most 32,768 characters, as its javadoc states) and the raw manager, which checks nothing and finds
 * properties by key through the key index.
 */
final class SimProperties implements IssuePropertyService, JsonEntityPropertyManager {
    static final int KEY_LIMIT = 255;
    static final int VALUE_LIMIT = 32_768;

    private record Pending(long issueId, PropertyInput input) {
    }

    private final SimulatedJsm jsm;
    private final SimIssues issues;
    private final SimPermissions permissions;
    private final Map<SetPropertyValidationResult, Pending> validated =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final Map<DeletePropertyValidationResult, Deletion> deletions =
            Collections.synchronizedMap(new IdentityHashMap<>());

    SimProperties(SimulatedJsm jsm, SimIssues issues, SimPermissions permissions) {
        this.jsm = jsm;
        this.issues = issues;
        this.permissions = permissions;
    }

    @Override
    public SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long issueId, PropertyInput input) {
        SimErrors errors = new SimErrors();
        MutableIssue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            errors.addErrorMessage("The issue no longer exists.");
        } else if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.addErrorMessage("You do not have permission to edit issue " + issue.getKey() + ".");
        }
        if (input.getPropertyKey().isBlank() || input.getPropertyKey().length() > KEY_LIMIT) {
            errors.addError("propertyKey", "The property key can't be null, empty or longer than 255 characters.");
        }
        if (input.getPropertyValue().length() > VALUE_LIMIT) {
            errors.addError("propertyValue", "The property value can't be longer than 32,768 characters.");
        } else if (!json(input.getPropertyValue())) {
            errors.addError("propertyValue", "The property value has to be a valid json.");
        }
        SetPropertyValidationResult result = new SetPropertyValidationResult(errors);
        if (result.isValid()) {
            validated.put(result, new Pending(issueId, input));
        }
        return result;
    }

    @Override
    public PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult result) {
        Pending pending = validated.remove(result);
        if (!result.isValid() || pending == null) {
            return new PropertyResult(result.getErrorCollection());
        }
        String key = jsm.requestById(pending.issueId()).orElseThrow().key();
        jsm.setProperty(key, pending.input().getPropertyKey(), pending.input().getPropertyValue());
        return new PropertyResult(new SimErrors());
    }

    /** Refused when the issue or the property does not exist, or the user may not edit the issue. */
    @Override
    public DeletePropertyValidationResult validateDeleteProperty(ApplicationUser user, Long issueId, String key) {
        SimErrors errors = new SimErrors();
        MutableIssue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            errors.addErrorMessage("The issue no longer exists.");
        } else if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            errors.addErrorMessage("You do not have permission to edit issue " + issue.getKey() + ".");
        } else if (get(SimulatedJsm.ISSUE_PROPERTY, issueId, key) == null) {
            errors.addErrorMessage("The property with key '" + key + "' does not exist.");
        }
        DeletePropertyValidationResult result = new DeletePropertyValidationResult(errors);
        if (result.isValid()) {
            deletions.put(result, new Deletion(issue.getKey(), key));
        }
        return result;
    }

    @Override
    public void deleteProperty(ApplicationUser user, DeletePropertyValidationResult result) {
        Deletion deletion = deletions.remove(result);
        if (!result.isValid() || deletion == null) {
            throw new IllegalArgumentException("You can not delete a property with an invalid validation result.");
        }
        jsm.deleteProperty(deletion.issueKey(), deletion.key());
    }

    private record Deletion(String issueKey, String key) {
    }

    @Override
    public EntityProperty get(String entityName, Long entityId, String key) {
        return jsm.propertiesWithKey(key).stream()
                .filter(p -> p.entityName().equals(entityName) && p.entityId() == entityId)
                .<EntityProperty>map(SimProperty::new).findFirst().orElse(null);
    }

    @Override
    public EntityPropertyQuery<?> query() {
        return new Query(jsm, null, null, null, Integer.MAX_VALUE);
    }

    private static boolean json(String value) {
        try {
            JsonParser.parseString(value);
            return !value.isBlank();
        } catch (JsonParseException e) {
            return false;
        }
    }

    record SimProperty(SimulatedJsm.PropertyRow row) implements EntityProperty {
        @Override
        public Long getEntityId() {
            return row.entityId();
        }

        @Override
        public String getKey() {
            return row.key();
        }

        @Override
        public String getValue() {
            return row.value();
        }
    }

    /** The query builder: by key it reads the key index; by entity name alone it scans, as a table scan would. */
    private record Query(SimulatedJsm jsm, String entityName, String key, Long entityId, int maxResults)
            implements EntityPropertyQuery.ExecutableQuery {
        @Override
        public ExecutableQuery entityName(String name) {
            return new Query(jsm, name, key, entityId, maxResults);
        }

        @Override
        public ExecutableQuery key(String propertyKey) {
            return new Query(jsm, entityName, propertyKey, entityId, maxResults);
        }

        @Override
        public ExecutableQuery entityId(Long id) {
            return new Query(jsm, entityName, key, id, maxResults);
        }

        @Override
        public ExecutableQuery maxResults(int max) {
            return new Query(jsm, entityName, key, entityId, max < 0 ? maxResults : max);
        }

        @Override
        public List<EntityProperty> find() {
            if (entityName == null && key == null) {
                throw new IllegalStateException("a query needs an entity name or a key");
            }
            List<SimulatedJsm.PropertyRow> rows = key != null ? jsm.propertiesWithKey(key) : jsm.properties();
            Predicate<SimulatedJsm.PropertyRow> matches = r -> (entityName == null || r.entityName().equals(entityName))
                    && (entityId == null || r.entityId() == entityId);
            return rows.stream().filter(matches).limit(maxResults).<EntityProperty>map(SimProperty::new).toList();
        }

        @Override
        public long count() {
            return find().size();
        }
    }
}
