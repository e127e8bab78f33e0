// Source: https://docs.atlassian.com/jira-servicedesk/10.3.1/com/atlassian/servicedesk/api/ServiceDeskManager.html
package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;

public interface ServiceDeskManager {
    ServiceDesk getServiceDeskForProject(Project project);

    ServiceDesk getServiceDeskById(int serviceDeskId);
}
