// Source: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/request/ServiceDeskCustomerRequestService.html
package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.user.ApplicationUser;

public interface ServiceDeskCustomerRequestService {
    CustomerRequestCreateParameters.Builder newCreateBuilder();

    CustomerRequest createCustomerRequest(ApplicationUser user, CustomerRequestCreateParameters parameters);
}
