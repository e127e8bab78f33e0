// Published at: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/AffectedEntityType.html
// Source: the affected entity types of Jira's anonymization REST resource (GET /rest/api/2/user/anonymization:
// type one of REMOVE, ANONYMIZE, TRANSFER_OWNERSHIP, MANUAL) and AffectedEntityType.REMOVE as Atlassian Notifications'
// WhisperUserPropertiesAnonymizationHandler passes it to AffectedEntity.newBuilder.
package com.atlassian.jira.user.anonymize;

public enum AffectedEntityType {
    REMOVE,
    ANONYMIZE,
    TRANSFER_OWNERSHIP,
    MANUAL
}
