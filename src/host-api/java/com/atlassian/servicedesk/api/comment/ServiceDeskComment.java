// Source: https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/comment/ServiceDeskComment.html
// (@PublicApi interface: getComment() the underlying Jira comment, isPublic() whether customers see it on the portal).
// getAttachments() is left out: SocialDesk does not read it.
package com.atlassian.servicedesk.api.comment;

import com.atlassian.jira.issue.comments.Comment;

public interface ServiceDeskComment {
    Comment getComment();

    boolean isPublic();
}
