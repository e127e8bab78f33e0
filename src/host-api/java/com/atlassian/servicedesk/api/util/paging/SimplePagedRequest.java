// Source: https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html
// Value-holding, as the real immutable class.
package com.atlassian.servicedesk.api.util.paging;

public class SimplePagedRequest implements PagedRequest {
    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    public static PagedRequest paged(int start, int limit) {
        return new SimplePagedRequest(start, limit);
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
