package io.socialdesk.agent.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.socialdesk.agent.IssueAccess;
import jakarta.inject.Inject;
import java.util.Map;

/** Shows the history panel on requests of service desk projects only. */
public class ServiceDeskRequestCondition implements Condition {
    private final IssueAccess issues;

    @Inject
    public ServiceDeskRequestCondition(IssueAccess issues) {
        this.issues = issues;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && issues.isServiceDeskRequest(issue.getId());
    }
}
