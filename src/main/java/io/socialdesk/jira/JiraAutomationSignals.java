package io.socialdesk.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.properties.IssuePropertyService;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IncidentSignal;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialContactEvent;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.automation.SocialProperty;
import io.socialdesk.automation.ViralSignal;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Property first, event second: rules triggered by the event then read a property that is already there (and
 * indexed, because the property service reindexes the issue).
 */
@Component
public class JiraAutomationSignals implements AutomationSignals {
    private final IssuePropertyService properties;
    private final IssueReads issues;
    private final ActingUsers users;
    private final JiraSocialEvents events;
    private final EventPublisher eventPublisher;

    @Inject
    public JiraAutomationSignals(@ComponentImport IssuePropertyService properties,
                                 IssueReads issues,
                                 ActingUsers users, JiraSocialEvents events,
                                 @ComponentImport EventPublisher eventPublisher) {
        this.properties = properties;
        this.issues = issues;
        this.users = users;
        this.events = events;
        this.eventPublisher = eventPublisher;
    }

    @Override
    public void publish(IssueSignal signal) {
        signal(signal.issueId(), signal.actorKey(), SocialProperty.KEY, SocialProperty.json(signal), signal.event(),
                new SocialContactEvent(signal.event().name(), signal.issueId(), signal.channel().key(),
                        signal.authorHandle()));
    }

    @Override
    public void refresh(IssueSignal signal) {
        Optional<ApplicationUser> actor = users.active(signal.actorKey());
        if (actor.isEmpty() || issues.issue(signal.issueId()).isEmpty()) {
            return;
        }
        EntityPropertyService.SetPropertyValidationResult valid = properties.validateSetProperty(actor.get(),
                signal.issueId(), new EntityPropertyService.PropertyInput(SocialProperty.json(signal),
                        SocialProperty.KEY));
        if (valid.isValid()) {
            properties.setProperty(actor.get(), valid);
        }
    }

    @Override
    public void forget(long issueId, String actorKey) {
        Optional<ApplicationUser> actor = users.active(actorKey);
        if (actor.isEmpty() || issues.issue(issueId).isEmpty()) {
            return;
        }
        EntityPropertyService.DeletePropertyValidationResult valid = properties.validateDeleteProperty(actor.get(),
                issueId, SocialProperty.KEY);
        if (valid.isValid()) {
            properties.deleteProperty(actor.get(), valid);
        }
    }

    @Override
    public void incident(IncidentSignal signal) {
        signal(signal.issueId(), signal.actorKey(), SocialProperty.KEY, SocialProperty.json(signal), signal.event(),
                new SocialContactEvent(signal.event().name(), signal.issueId(), signal.channel().key(),
                        signal.accountName()));
    }

    @Override
    public void viral(ViralSignal signal) {
        SocialEventType event = SocialEventType.VIRAL_RISK;
        signal(signal.issueId(), signal.actorKey(), SocialProperty.VIRAL_KEY, SocialProperty.json(signal), event,
                new SocialContactEvent(event.name(), signal.issueId(), signal.channel().key(),
                        signal.authorHandle()));
    }

    private void signal(long issueId, String actorKey, String key, String property, SocialEventType event,
                        SocialContactEvent pluginEvent) {
        Optional<ApplicationUser> acting = users.active(actorKey);
        Optional<Issue> found = acting.flatMap(user -> issues.issue(issueId));
        if (found.isEmpty()) {
            return; // the request was deleted, or the acting user removed or deactivated: nothing to signal on
        }
        ApplicationUser actor = acting.get();
        EntityPropertyService.SetPropertyValidationResult valid = properties.validateSetProperty(actor, issueId,
                new EntityPropertyService.PropertyInput(property, key));
        if (valid.isValid()) {
            properties.setProperty(actor, valid);
        }
        events.fire(event, found.get(), actor);
        eventPublisher.publish(pluginEvent);
    }
}
