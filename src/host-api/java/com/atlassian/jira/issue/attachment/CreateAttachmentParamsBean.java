// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/attachment/CreateAttachmentParamsBean.html
// and its Builder (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/attachment/CreateAttachmentParamsBean.Builder.html):
// new CreateAttachmentParamsBean.Builder(file, filename, contentType, author, issue).build(), as Jira DC apps call it;
// the getters Jira's own AttachmentManager reads (getFile(), getFilename(), getContentType(), getAuthor(), getIssue()).
package com.atlassian.jira.issue.attachment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.io.File;

public class CreateAttachmentParamsBean {
    private final File file;
    private final String filename;
    private final String contentType;
    private final ApplicationUser author;
    private final Issue issue;

    private CreateAttachmentParamsBean(Builder builder) {
        this.file = builder.file;
        this.filename = builder.filename;
        this.contentType = builder.contentType;
        this.author = builder.author;
        this.issue = builder.issue;
    }

    public File getFile() {
        return file;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public ApplicationUser getAuthor() {
        return author;
    }

    public Issue getIssue() {
        return issue;
    }

    public static class Builder {
        private final File file;
        private final String filename;
        private final String contentType;
        private final ApplicationUser author;
        private final Issue issue;

        public Builder(File file, String filename, String contentType, ApplicationUser author, Issue issue) {
            this.file = file;
            this.filename = filename;
            this.contentType = contentType;
            this.author = author;
            this.issue = issue;
        }

        public CreateAttachmentParamsBean build() {
            return new CreateAttachmentParamsBean(this);
        }
    }
}
