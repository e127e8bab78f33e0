// Source: https://docs.atlassian.com/jira-servicedesk/3.9.0-m0124/com/atlassian/servicedesk/api/field/FieldInputValue.html
// (@PublicApi class: static withValue(Object), Object value()); still the Builder's parameter type in JSM 10.3.2.
package com.atlassian.servicedesk.api.field;

public class FieldInputValue {
    private final Object value;

    private FieldInputValue(Object value) {
        this.value = value;
    }

    public static FieldInputValue withValue(Object value) {
        return new FieldInputValue(value);
    }

    public Object value() {
        return value;
    }
}
