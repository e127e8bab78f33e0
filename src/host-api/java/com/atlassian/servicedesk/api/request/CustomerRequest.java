// Source: https://docs.atlassian.com/jira-servicedesk/3.9.6/com/atlassian/servicedesk/api/request/CustomerRequest.html
package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.issue.Issue;

public interface CustomerRequest {
    Issue getIssue();
}
