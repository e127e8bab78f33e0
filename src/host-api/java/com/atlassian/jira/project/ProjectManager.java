// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/project/ProjectManager.html
// (getProjectObjByKey: the project with this key, or null), as Jira DC apps call it
// (ComponentAccessor.getProjectManager().getProjectObjByKey(key)).
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);
}
