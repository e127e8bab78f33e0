// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/resolution/Resolution.html
package com.atlassian.jira.issue.resolution;

public interface Resolution {
    String getName();
}
