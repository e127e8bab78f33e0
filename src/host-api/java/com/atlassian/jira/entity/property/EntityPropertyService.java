// Published at: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.html
// Source: jira-api's EntityPropertyService (@ExperimentalApi; source text read in public Jira source):
// validateSetProperty(ApplicationUser, Long, PropertyInput), setProperty(ApplicationUser, SetPropertyValidationResult),
// PropertyInput(String value, String key) with getPropertyValue()/getPropertyKey(). The results' real constructors
// also take a fugue Option (docs/host-api.md *Fugue*); the one-argument constructors exist for the sandbox's simulated Jira only.
package com.atlassian.jira.entity.property;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface EntityPropertyService<E> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput);

    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    // Deletion: validateDeleteProperty(user, entityId, key), then deleteProperty(user, result); the real result
    // constructor is (ErrorCollection, Option<EntityProperty>), as jira-rest's own resource tests build it.
    DeletePropertyValidationResult validateDeleteProperty(ApplicationUser user, Long entityId, String propertyKey);

    void deleteProperty(ApplicationUser user, DeletePropertyValidationResult propertyValidationResult);

    class PropertyInput {
        private final String entityPropertyValue;
        private final String entityPropertyKey;

        public PropertyInput(String propertyValue, String propertyKey) {
            this.entityPropertyValue = java.util.Objects.requireNonNull(propertyValue);
            this.entityPropertyKey = java.util.Objects.requireNonNull(propertyKey);
        }

        public String getPropertyValue() {
            return entityPropertyValue;
        }

        public String getPropertyKey() {
            return entityPropertyKey;
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        public SetPropertyValidationResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }

    class DeletePropertyValidationResult extends ServiceResultImpl {
        public DeletePropertyValidationResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }

    abstract class PropertyServiceResult extends ServiceResultImpl {
        public PropertyServiceResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }

    class PropertyResult extends PropertyServiceResult {
        public PropertyResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }
}
