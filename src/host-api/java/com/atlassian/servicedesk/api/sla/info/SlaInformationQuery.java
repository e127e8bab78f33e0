// Source: https://docs.atlassian.com/jira-servicedesk/4.13.20/com/atlassian/servicedesk/api/sla/info/SlaInformationQuery.Builder.html
// (issue(Long), id(Integer), pagedRequest(PagedRequest), build(); the package is unchanged in the 10.3.2 Javadoc:
// https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/package-summary.html).
// The query's own getters and customField(CustomField) are left out: SocialDesk only builds a query by issue.
package com.atlassian.servicedesk.api.sla.info;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

public interface SlaInformationQuery {
    interface Builder {
        Builder id(Integer slaMetricId);

        Builder issue(Long issueId);

        Builder pagedRequest(PagedRequest pagedRequest);

        SlaInformationQuery build();
    }
}
