// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/Project.html
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();

    String getName();
}
