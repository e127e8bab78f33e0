// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/config/properties/ApplicationProperties.html
// getDefaultBackedString(String), read as Jira's own attachment code reads the attachment size limit:
// applicationProperties.getDefaultBackedString(APKeys.JIRA_ATTACHMENT_SIZE), the key being "webwork.multipart.maxSize"
// (https://docs.atlassian.com/software/jira/docs/api/10.0.0/constant-values.html#com.atlassian.jira.config.properties.APKeys.JIRA_ATTACHMENT_SIZE).
package com.atlassian.jira.config.properties;

public interface ApplicationProperties {
    String getDefaultBackedString(String name);
}
