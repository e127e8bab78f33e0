// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/field/FieldId.html
// (@PublicApi class: static withId(String), value()). Value-holding as the real one.
package com.atlassian.servicedesk.api.field;

public class FieldId {
    private final String value;

    private FieldId(String value) {
        this.value = value;
    }

    public static FieldId withId(String fieldId) {
        return new FieldId(fieldId);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
