package io.socialdesk.intake;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contacts;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Publication, the last step of the pipeline: the request's {@code socialdesk} property from the store, then the
 * event of the routing decision stored with the interaction. Marking it published afterwards makes publication
 * at-least-once across crashes; an interaction that still owes a notice outside Jira stays queued for the job.
 */
@Component
public class SignalPublisher {
    private final InteractionLog log;
    private final Contacts contacts;
    private final AutomationSignals signals;
    private final ContactNotices notices;

    @Inject
    public SignalPublisher(InteractionLog log, Contacts contacts, AutomationSignals signals, ContactNotices notices) {
        this.log = log;
        this.contacts = contacts;
        this.signals = signals;
        this.notices = notices;
    }

    /** Publishes a routed interaction (its contact's lock is held by the caller). */
    public void publish(ChannelAccount account, Interaction interaction) {
        Optional<SocialEventType> event = interaction.outcome().flatMap(o -> o.event(interaction.post().kind()));
        if (event.isPresent() && interaction.issueId().isPresent()) {
            signal(interaction.issueId().get(), event.get(), account, interaction, account.intakeUserKey());
        }
        if (!notices.owed(account, interaction)) {
            log.markPublished(interaction.id());
        }
    }

    /**
     * Publishes {@code event} on the request for a contact about {@code interaction} (for a reply, the post it
     * answered): the issue property from the request's activity, then the event as {@code actorKey}.
     */
    public void signal(long issueId, SocialEventType event, ChannelAccount account, Interaction interaction,
                       String actorKey) {
        InteractionLog.IssueActivity activity = log.activityOnIssue(issueId);
        boolean phone = interaction.contactId()
                .map(contact -> contacts.hasIdentity(contact, ChannelKind.PHONE)).orElse(false);
        signals.publish(new IssueSignal(issueId, event, account.kind(), interaction.post().author().handle(),
                interaction.post().author().followers(), activity.inboundCount(), activity.lastInboundAt(), phone,
                actorKey));
    }
}
