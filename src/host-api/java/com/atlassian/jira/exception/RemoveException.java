// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/exception/RemoveException.html
package com.atlassian.jira.exception;

public class RemoveException extends Exception {
    public RemoveException(String message) {
        super(message);
    }
}
