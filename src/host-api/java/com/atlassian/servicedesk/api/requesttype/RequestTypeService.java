// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypeService.html
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery requestTypeQuery);
}
