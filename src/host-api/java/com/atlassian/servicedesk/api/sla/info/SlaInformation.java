// Source: https://docs.atlassian.com/jira-servicedesk/3.7.0/com/atlassian/servicedesk/api/sla/info/SlaInformation.html
// (getName(), getCompletedCycles(), getOngoingCycle(); the package is unchanged in the 10.3.2 Javadoc:
// https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/info/package-summary.html).
// getId() changed its type between versions and getOngoingCycle() is not read, so neither is declared.
package com.atlassian.servicedesk.api.sla.info;

import java.util.List;

public interface SlaInformation {
    String getName();

    List<SlaInformationCompletedCycle> getCompletedCycles();
}
