// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypeQuery.html
package com.atlassian.servicedesk.api.requesttype;

public interface RequestTypeQuery {
    interface Builder {
        Builder serviceDesk(Integer serviceDesk);

        Builder requestType(Integer requestType);

        RequestTypeQuery build();
    }
}
