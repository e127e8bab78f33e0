// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/SlaInformationService.html
// (@PublicApi; getInfo throws ServiceDeskServiceException on error). getDurationFormatter() is left out.
package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface SlaInformationService {
    SlaInformationQuery.Builder newInfoQueryBuilder();

    PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query);
}
