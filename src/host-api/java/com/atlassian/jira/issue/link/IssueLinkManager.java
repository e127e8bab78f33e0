// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/link/IssueLinkManager.html
package com.atlassian.jira.issue.link;

import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws com.atlassian.jira.exception.CreateException;

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);
}
