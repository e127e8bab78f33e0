// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/ServiceDeskCustomerRequestService.html
// (getCustomerRequests(ApplicationUser, CustomerRequestQuery) returns PagedResponse<CustomerRequest> and throws
// ServiceDeskServiceException on error since JSM 4.0, as https://docs.atlassian.com/jira-servicedesk/4.13.20/com/atlassian/servicedesk/api/request/ServiceDeskCustomerRequestService.html
// spells out; newQueryBuilder() gives its CustomerRequestQuery.Builder). getCustomerRequest(ApplicationUser,
// CustomerRequestIssueQuery) and newIssueQueryBuilder() as the 4.13.20 page and the 10.3.2 method summary list them.
package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface ServiceDeskCustomerRequestService {
    CustomerRequestCreateParameters.Builder newCreateBuilder();

    CustomerRequest createCustomerRequest(ApplicationUser user, CustomerRequestCreateParameters parameters);

    CustomerRequestQuery.Builder newQueryBuilder();

    PagedResponse<CustomerRequest> getCustomerRequests(ApplicationUser user, CustomerRequestQuery customerRequestQuery);

    CustomerRequestIssueQuery.Builder newIssueQueryBuilder();

    CustomerRequest getCustomerRequest(ApplicationUser user, CustomerRequestIssueQuery customerRequestIssueQuery);
}
