package io.socialdesk.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.servicedesk.api.event.ServiceDeskCommentEvent;
import io.socialdesk.insights.AgentComment;
import io.socialdesk.insights.ResponseStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hears JSM's comment events and queues each new public comment by an agent — someone who may edit the request and
 * is not its reporter, as JSM's *Comment: For customers* SLA condition counts them — for the insights rollup. Jira
 * publishes the event on the node where the comment was made, so each comment is queued once in a cluster; queueing
 * is one insert, and a failure is logged, never passed back to the agent who commented.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class JiraAgentComments implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(JiraAgentComments.class);

    private final EventPublisher events;
    private final PermissionManager permissions;
    private final ResponseStore responses;

    @Inject
    public JiraAgentComments(@ComponentImport EventPublisher events, @ComponentImport PermissionManager permissions,
                             ResponseStore responses) {
        this.events = events;
        this.permissions = permissions;
        this.responses = responses;
    }

    @Override
    public void onStart() {
        events.register(this);
    }

    @Override
    public void onStop() {
        events.unregister(this);
    }

    @EventListener
    public void onComment(ServiceDeskCommentEvent event) {
        ApplicationUser author = event.getUser();
        Issue issue = event.getIssue();
        if (!event.isCreatedEvent() || author == null || issue == null || event.getComment() == null
                || !event.getComment().isPublic()) {
            return;
        }
        boolean reporter = Optional.ofNullable(issue.getReporter()).map(r -> r.getKey().equals(author.getKey()))
                .orElse(false);
        if (reporter || !permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, author)) {
            return; // the customer's own words, or a customer taking part: no response
        }
        Instant at = Optional.ofNullable(event.getComment().getComment()).map(c -> c.getCreated())
                .or(() -> Optional.ofNullable(event.getTime())).map(java.util.Date::toInstant)
                .orElseGet(Instant::now);
        try {
            responses.queue(new AgentComment(issue.getId(), at, author.getKey()));
        } catch (RuntimeException e) {
            LOG.warn("SocialDesk could not note the public comment on {} for its insights: {}", issue.getKey(),
                    e.toString());
        }
    }
}
