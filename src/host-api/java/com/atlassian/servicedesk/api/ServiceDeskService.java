// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServiceDeskService.html
// (getServiceDesks: the two-argument form is a default method over the three-argument one). Only what SocialDesk
// calls is declared.
package com.atlassian.servicedesk.api;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface ServiceDeskService {
    PagedResponse<ServiceDesk> getServiceDesks(ApplicationUser user, boolean includeArchived,
                                               PagedRequest pagedRequest);

    default PagedResponse<ServiceDesk> getServiceDesks(ApplicationUser user, PagedRequest pagedRequest) {
        return getServiceDesks(user, false, pagedRequest);
    }
}
