// Published at: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/ServiceResult.html
// Source: jira-api's ServiceResult (@PublicApi interface: isValid(), getErrorCollection()), the return type of
// AnonymizationHandler.update as Atlassian's own handlers declare it (e.g. jira-software's
// com.atlassian.greenhopper.anonymization.AuditEntryKeyChangeHandler: "com.atlassian.jira.bc.ServiceResult update(...)").
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {
    boolean isValid();

    ErrorCollection getErrorCollection();
}
