// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/link/IssueLinkType.html
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();
}
