// Source: https://docs.atlassian.com/jira/7.1.0/com/atlassian/jira/event/issue/IssueEventBundle.html
package com.atlassian.jira.event.issue;

public interface IssueEventBundle {
}
