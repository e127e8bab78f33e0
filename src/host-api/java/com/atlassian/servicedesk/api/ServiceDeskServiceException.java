// Source: https://docs.atlassian.com/jira-servicedesk/10.3.0/com/atlassian/servicedesk/api/ServiceDeskServiceException.html
package com.atlassian.servicedesk.api;

public abstract class ServiceDeskServiceException extends RuntimeException {
    protected ServiceDeskServiceException() {
    }
}
