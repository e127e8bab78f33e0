// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/entity/property/EntityPropertyService.html
package com.atlassian.jira.entity.property;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;

public interface EntityPropertyService<E> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput);

    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    class PropertyInput {
        public PropertyInput(String propertyValue, String propertyKey) {
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        protected SetPropertyValidationResult() {
        }
    }

    abstract class PropertyServiceResult extends ServiceResultImpl {
        protected PropertyServiceResult() {
        }
    }

    class PropertyResult extends PropertyServiceResult {
        protected PropertyResult() {
        }
    }
}
