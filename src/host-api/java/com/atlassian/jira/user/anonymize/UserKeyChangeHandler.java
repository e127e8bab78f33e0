// Source: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/UserKeyChangeHandler.html
// ("public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter>", since 8.3,
// registered with a <user-key-change-handler> module); Jira Software's RapidViewUserKeyChangeHandler implements it with
// getAffectedEntities, update and getNumberOfTasks taking a UserPropertyChangeParameter.
package com.atlassian.jira.user.anonymize;

public interface UserKeyChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {
}
