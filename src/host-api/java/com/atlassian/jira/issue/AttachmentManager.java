// Source: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/AttachmentManager.html
// (@PublicApi); the methods SocialDesk calls, with the signatures of Jira's published AttachmentManager source, as
// Jira DC apps call them: attachmentManager.createAttachment(new CreateAttachmentParamsBean.Builder(file, filename,
// contentType, user, issue).build()), getAttachments(issue), deleteAttachment(attachment), attachmentsEnabled(),
// streamAttachmentContent(attachment, consumer).
package com.atlassian.jira.issue;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.web.util.AttachmentException;
import com.atlassian.jira.util.io.InputStreamConsumer;
import java.io.IOException;
import java.util.List;

public interface AttachmentManager {
    List<Attachment> getAttachments(Issue issue);

    ChangeItemBean createAttachment(CreateAttachmentParamsBean createAttachmentParamsBean) throws AttachmentException;

    void deleteAttachment(Attachment attachment) throws RemoveException;

    boolean attachmentsEnabled();

    <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException;
}
