// Source: https://docs.atlassian.com/jira-servicedesk/10.7.0/com/atlassian/servicedesk/api/request/CustomerRequestQuery.html
// with its Builder (https://docs.atlassian.com/jira-servicedesk/10.0.1/com/atlassian/servicedesk/api/request/CustomerRequestQuery.Builder.html:
// requestOwnership, requestStatus, serviceDesk(Integer), pagedRequest(PagedRequest), build) and the two nested enums
// (constants as https://docs.atlassian.com/jira-servicedesk/3.9.6/com/atlassian/servicedesk/api/request/CustomerRequestQuery.REQUEST_OWNERSHIP.html
// and .../CustomerRequestQuery.REQUEST_STATUS.html list them; 10.x's class-use pages show the same methods taking them).
// Only what SocialDesk calls is declared; the query's own getters are left out.
package com.atlassian.servicedesk.api.request;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

public interface CustomerRequestQuery {
    interface Builder {
        Builder requestOwnership(REQUEST_OWNERSHIP requestOwnership);

        Builder requestStatus(REQUEST_STATUS requestStatus);

        Builder serviceDesk(Integer serviceDesk);

        Builder pagedRequest(PagedRequest pagedRequest);

        CustomerRequestQuery build();
    }

    enum REQUEST_OWNERSHIP {
        OWNED_REQUESTS,
        PARTICIPATED_REQUESTS,
        ALL_REQUESTS,
        ORGANIZATION,
        ALL_ORGANIZATIONS
    }

    enum REQUEST_STATUS {
        OPEN_REQUESTS,
        CLOSED_REQUESTS,
        ALL_REQUESTS
    }
}
