// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/exception/CreateException.html
package com.atlassian.jira.exception;

public class CreateException extends Exception {
    public CreateException(String message) {
        super(message);
    }
}
