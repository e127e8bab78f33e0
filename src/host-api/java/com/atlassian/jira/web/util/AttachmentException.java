// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/web/util/AttachmentException.html
package com.atlassian.jira.web.util;

public class AttachmentException extends Exception {
    public AttachmentException(String message) {
        super(message);
    }
}
