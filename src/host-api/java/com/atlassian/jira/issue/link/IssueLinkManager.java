// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/link/IssueLinkManager.html
package com.atlassian.jira.issue.link;

import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws com.atlassian.jira.exception.CreateException;

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    /**
     * Removes one link; Jira checks no permission here. Called this way by Jira's own DefaultIssueLinkService.delete
     * (jira-core, com.atlassian.jira.bc.issue.link) and by apps, e.g. ScriptRunner recipes:
     * {@code issueLinkManager.removeIssueLink(link, user)}. Older Jira declared {@code throws RemoveException}; a
     * checked exception does not change the method's binary signature, so either declaration links the same.
     */
    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);
}
