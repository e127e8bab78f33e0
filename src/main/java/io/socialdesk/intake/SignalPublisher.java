package io.socialdesk.intake;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.Contacts;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * DESIGN §5 step 5: for each routed interaction not yet published, builds the request's signal from the store and
 * hands it to Jira; marking it published afterwards makes publication at-least-once across crashes.
 */
@Component
public class SignalPublisher {
    private final InteractionLog log;
    private final Contacts contacts;
    private final AutomationSignals signals;

    @Inject
    public SignalPublisher(InteractionLog log, Contacts contacts, AutomationSignals signals) {
        this.log = log;
        this.contacts = contacts;
        this.signals = signals;
    }

    public int publishRouted(ChannelAccount account) {
        int published = 0;
        for (Interaction interaction : log.unpublished(account.id(), 200)) {
            if (interaction.status() == RoutingStatus.ROUTED && interaction.issueId().isPresent()) {
                long issueId = interaction.issueId().get();
                InteractionLog.IssueActivity activity = log.activityOnIssue(issueId);
                publish(issueId, eventType(interaction, activity), activity, account, interaction,
                        account.intakeUserKey());
            }
            log.markPublished(interaction.id());
            published++;
        }
        return published;
    }

    /**
     * Publishes {@code event} on the request for a contact that is about {@code interaction} (the post routed, or
     * for a reply the post it answered): the issue property from the request's activity, then the event as
     * {@code actorKey}.
     */
    public void publish(long issueId, SocialEventType event, ChannelAccount account, Interaction interaction,
                        String actorKey) {
        publish(issueId, event, log.activityOnIssue(issueId), account, interaction, actorKey);
    }

    private void publish(long issueId, SocialEventType event, InteractionLog.IssueActivity activity,
                         ChannelAccount account, Interaction interaction, String actorKey) {
        boolean phone = interaction.contactId()
                .map(contact -> contacts.hasIdentity(contact, ChannelKind.PHONE)).orElse(false);
        signals.publish(new IssueSignal(issueId, event, account.kind(), interaction.post().author().handle(),
                interaction.post().author().followers(), activity.inboundCount(), activity.lastInboundAt(), phone,
                actorKey));
    }

    /**
     * A call is always "call logged" (also when a missed call made the request: Jira fires its own create). A post is
     * "request created" when it is the request's first, "contact received" when it continues a thread already on the
     * request (a reply, a DM in the same conversation), and "contact merged" when a separate post of the customer
     * was merged in by the merge window.
     */
    private static SocialEventType eventType(Interaction interaction, InteractionLog.IssueActivity activity) {
        InboundPost post = interaction.post();
        if (post.kind() == PostKind.CALL) {
            return SocialEventType.CALL_LOGGED;
        }
        if (activity.inboundCount() <= 1) {
            return SocialEventType.REQUEST_CREATED;
        }
        boolean thread = post.inReplyTo().isPresent()
                || post.conversationId().filter(c -> !c.equals(post.externalId())).isPresent();
        return thread ? SocialEventType.CONTACT_RECEIVED : SocialEventType.CONTACT_MERGED;
    }
}
