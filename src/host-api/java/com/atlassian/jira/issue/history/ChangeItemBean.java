// Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/history/ChangeItemBean.html
// (the return type of AttachmentManager.createAttachment; SocialDesk does not read it)
package com.atlassian.jira.issue.history;

public class ChangeItemBean {
    public ChangeItemBean() {
    }
}
