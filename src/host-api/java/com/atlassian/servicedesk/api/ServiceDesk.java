// Source: https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDesk.html
package com.atlassian.servicedesk.api;

public interface ServiceDesk {
    int getId();

    long getProjectId();

    String getProjectName();
}
