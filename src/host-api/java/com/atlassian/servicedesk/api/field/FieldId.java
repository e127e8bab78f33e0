// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/field/FieldId.html
package com.atlassian.servicedesk.api.field;

public class FieldId {
    protected FieldId() {
    }

    public static FieldId withId(String fieldId) {
        throw new UnsupportedOperationException("host API declaration");
    }
}
