// Source: https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html
// (PagedRequest: getStart() and getLimit(), as SimplePagedRequest implements them).
package com.atlassian.servicedesk.api.util.paging;

public interface PagedRequest {
    int getStart();

    int getLimit();
}
