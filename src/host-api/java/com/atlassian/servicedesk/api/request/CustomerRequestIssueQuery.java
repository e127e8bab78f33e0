// Source: https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/request/class-use/CustomerRequestIssueQuery.Builder.html
// (ServiceDeskCustomerRequestService.newIssueQueryBuilder(); Builder.issue(long), Builder.overrideSecurity(boolean);
// build() as https://docs.atlassian.com/jira-servicedesk/4.13.20/com/atlassian/servicedesk/api/request/CustomerRequestIssueQuery.Builder.html).
// The query's own getters are left out: SocialDesk only builds one.
package com.atlassian.servicedesk.api.request;

public interface CustomerRequestIssueQuery {
    interface Builder {
        Builder issue(long issue);

        Builder overrideSecurity(boolean overrideSecurity);

        CustomerRequestIssueQuery build();
    }
}
