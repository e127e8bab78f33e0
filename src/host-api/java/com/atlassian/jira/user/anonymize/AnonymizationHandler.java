// Source: https://confluence.atlassian.com/jiracore/dev-docs-anonymizing-users-983503081.html (Jira 8.3+: Jira calls
// getAffectedEntities to show the admin what will change, then update in a background task) and the Javadoc of
// UserKeyChangeHandler (docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/
// UserKeyChangeHandler.html: "extends AnonymizationHandler<UserPropertyChangeParameter>", field
// DEFAULT_NUMBER_OF_TASKS). Method shapes as Atlassian's own handlers implement them (jira-software's
// AuditEntryKeyChangeHandler; Atlassian Notifications' WhisperUserPropertiesAnonymizationHandler):
// Collection<AffectedEntity> getAffectedEntities(T), ServiceResult update(T), int getNumberOfTasks(T).
package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

public interface AnonymizationHandler<T> {
    int DEFAULT_NUMBER_OF_TASKS = 1;

    Collection<AffectedEntity> getAffectedEntities(T parameter);

    ServiceResult update(T parameter);

    default int getNumberOfTasks(T parameter) {
        return DEFAULT_NUMBER_OF_TASKS;
    }
}
