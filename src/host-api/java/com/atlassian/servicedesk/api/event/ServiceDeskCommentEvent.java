// Source: https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/event/ServiceDeskCommentEvent.html
// (@PublicApi interface, "a comment made on a customer request", not thrown on deletion; published on Jira's event bus).
// Only what SocialDesk reads is declared (isPartOfIssueChange() and isSendMail() are left out).
package com.atlassian.servicedesk.api.event;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import java.util.Date;

public interface ServiceDeskCommentEvent {
    ApplicationUser getUser();

    Issue getIssue();

    ServiceDeskComment getComment();

    boolean isCreatedEvent();

    Date getTime();
}
