// Source: https://docs.atlassian.com/jira-servicedesk/3.7.1/com/atlassian/servicedesk/api/requesttype/RequestType.html
package com.atlassian.servicedesk.api.requesttype;

public interface RequestType extends java.io.Serializable {
    int getId();

    String getName();
}
