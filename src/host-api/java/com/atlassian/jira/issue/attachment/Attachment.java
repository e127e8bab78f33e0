// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/attachment/Attachment.html
// A class in Jira (calls are invokevirtual, so it must not be declared as an interface here); the getters apps call
// (attachment.getFilename(), getFilesize(), getMimetype(), getId(), getCreated(), getIssueId()). The protected
// constructor exists only so the simulated Jira can subclass it; SocialDesk never constructs an Attachment.
package com.atlassian.jira.issue.attachment;

import java.sql.Timestamp;

public class Attachment {
    protected Attachment() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public String getFilename() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public Long getFilesize() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public String getMimetype() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("host API declaration");
    }

    public Long getIssueId() {
        throw new UnsupportedOperationException("host API declaration");
    }
}
