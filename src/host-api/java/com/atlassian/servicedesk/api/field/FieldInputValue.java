// Source: https://docs.atlassian.com/jira-servicedesk/3.2.0/com/atlassian/servicedesk/api/field/FieldInputValue.html
package com.atlassian.servicedesk.api.field;

public class FieldInputValue {
    protected FieldInputValue() {
    }

    public static FieldInputValue withValue(Object value) {
        throw new UnsupportedOperationException("host API declaration");
    }
}
