package io.socialdesk.agent;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contacts;
import io.socialdesk.intake.InteractionLog;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** "Reply sent" and "reply failed" for Automation, with the same issue property the intake keeps up to date. */
@Component
public class ReplySignals {
    private final InteractionLog log;
    private final Contacts contacts;
    private final AutomationSignals signals;

    @Inject
    public ReplySignals(InteractionLog log, Contacts contacts, AutomationSignals signals) {
        this.log = log;
        this.contacts = contacts;
        this.signals = signals;
    }

    void publish(long issueId, ReplyTarget.Target target, boolean sent, String agentKey) {
        InteractionLog.IssueActivity activity = log.activityOnIssue(issueId);
        boolean phone = target.post().contactId()
                .map(contact -> contacts.hasIdentity(contact, ChannelKind.PHONE)).orElse(false);
        signals.publish(new IssueSignal(issueId, sent ? SocialEventType.REPLY_SENT : SocialEventType.REPLY_FAILED,
                target.account().kind(), target.post().post().author().handle(),
                target.post().post().author().followers(), activity.inboundCount(), activity.lastInboundAt(), phone,
                agentKey));
    }
}
