package io.socialdesk.jira;

import com.atlassian.jira.event.issue.IssueEventBundleFactory;
import com.atlassian.jira.event.issue.IssueEventManager;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.event.type.EventTypeManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.intake.ClusterLocks;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * SocialDesk's custom Jira event types: registered once per cluster (under a cluster lock, looked up by name, so
 * restarts and nodes starting together add nothing twice), and fired on issues without e-mail (notification schemes
 * can still add mail for them). The bundle factory is a jira-core type without a public-API marker, so it is looked
 * up when an event is fired rather than imported: if a Jira version stops offering it, SocialDesk still enables and
 * only its events stop (the issue property, which JQL and rules read, is still written).
 */
@Component
@ExportAsService(LifecycleAware.class)
public class JiraSocialEvents implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(JiraSocialEvents.class);

    private final EventTypeManager eventTypes;
    private final IssueEventManager issueEvents;
    private final HostLookup host;
    private final ClusterLocks locks;
    private final AtomicBoolean missingFactoryReported = new AtomicBoolean();
    /** Ids never change once registered; remembered so an event costs no listing of every event type. */
    private final Map<SocialEventType, Long> ids = new ConcurrentHashMap<>();

    @Inject
    public JiraSocialEvents(@ComponentImport EventTypeManager eventTypes,
                            @ComponentImport IssueEventManager issueEvents, HostLookup host, ClusterLocks locks) {
        this.eventTypes = eventTypes;
        this.issueEvents = issueEvents;
        this.host = host;
        this.locks = locks;
    }

    @Override
    public void onStart() {
        ids.clear();
        locks.tryWith("io.socialdesk.event-types", Duration.ofMinutes(1), () -> {
            Long template = eventTypes.getEventType(EventType.ISSUE_GENERICEVENT_ID).getTemplateId();
            for (SocialEventType type : SocialEventType.values()) {
                if (find(type).isEmpty()) {
                    eventTypes.addEventType(new EventType(type.displayName(), type.description(), template));
                }
            }
            return true;
        });
    }

    @Override
    public void onStop() {
        // event types stay: rules and notification schemes refer to them
    }

    public void fire(SocialEventType type, Issue issue, ApplicationUser actor) {
        Long id = ids.computeIfAbsent(type, t -> find(t).map(EventType::getId).orElseThrow(
                () -> new IllegalStateException("event type '" + t.displayName() + "' is not registered")));
        Optional<IssueEventBundleFactory> bundles = host.component(IssueEventBundleFactory.class);
        if (bundles.isEmpty()) {
            if (missingFactoryReported.compareAndSet(false, true)) {
                LOG.error("This Jira offers no IssueEventBundleFactory: SocialDesk's events are not fired (Automation "
                        + "rules on them will not run); the socialdesk issue property is still written");
            }
            return;
        }
        issueEvents.dispatchEvent(bundles.get().createWorkflowEventBundle(id, issue, actor, null, null,
                Map.of("socialdesk", type.name()), false, null));
    }

    private Optional<EventType> find(SocialEventType type) {
        return eventTypes.getEventTypes().stream().filter(e -> type.displayName().equals(e.getName())).findFirst();
    }
}
