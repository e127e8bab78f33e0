// Source: https://confluence.atlassian.com/jiracore/dev-docs-anonymizing-users-983503081.html ("Jira executes
// UserAnonymizationHandler#update to delete or anonymize user's personal data"), registered with a
// <user-anonymization-handler> module as UserKeyChangeHandler's Javadoc shows for <user-key-change-handler>; implemented
// by Atlassian Notifications' WhisperUserPropertiesAnonymizationHandler ("implements UserAnonymizationHandler",
// parameter UserAnonymizationParameter).
package com.atlassian.jira.user.anonymize;

public interface UserAnonymizationHandler extends AnonymizationHandler<UserAnonymizationParameter> {
}
