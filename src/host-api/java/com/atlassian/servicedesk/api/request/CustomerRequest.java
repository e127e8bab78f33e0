// Source: https://docs.atlassian.com/jira-servicedesk/3.9.6/com/atlassian/servicedesk/api/request/CustomerRequest.html
// (getIssue(), getServiceDeskId(), getRequestTypeId(); unchanged in the 10.x Javadoc's class-use pages).
package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.issue.Issue;

public interface CustomerRequest {
    Issue getIssue();

    int getServiceDeskId();

    int getRequestTypeId();
}
