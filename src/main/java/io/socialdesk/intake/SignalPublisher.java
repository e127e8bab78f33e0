package io.socialdesk.intake;

import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contacts;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.triage.PostTriage;
import io.socialdesk.triage.Triage;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final RequestEfforts efforts;
    private final io.socialdesk.channel.ChannelAccounts accounts;

    @Inject
    public SignalPublisher(InteractionLog log, Contacts contacts, AutomationSignals signals, ContactNotices notices,
                           RequestEfforts efforts, io.socialdesk.channel.ChannelAccounts accounts) {
        this.log = log;
        this.contacts = contacts;
        this.signals = signals;
        this.notices = notices;
        this.efforts = efforts;
        this.accounts = accounts;
    }

    /**
     * An insight about the request ({@code event}: waiting too long, repeat contact), published as the request's
     * newest contact's account; false when the request has no contact left or its account is gone.
     */
    public boolean insight(long issueId, SocialEventType event) {
        Optional<Interaction> newest = log.newestInboundOn(issueId);
        Optional<ChannelAccount> account = newest.flatMap(i -> accounts.byId(i.accountId()));
        if (account.isEmpty()) {
            return false;
        }
        signal(issueId, event, account.get(), newest.get(), account.get().intakeUserKey(), new PassReads());
        return true;
    }

    /** Publishes a routed interaction (its contact's lock is held by the caller). */
    public void publish(ChannelAccount account, Interaction interaction) {
        publish(account, List.of(interaction), new PassReads());
    }

    /**
     * Publishes one contact pass's routed interactions, oldest first, each after every write for it is done, and
     * marks them published in one transaction (the contact's lock is held by the caller). A crash before that mark
     * publishes them again later: signals are at least once, requests and comments exactly once.
     */
    public void publishPass(ChannelAccount account, List<Interaction> routed) {
        PassReads reads = new PassReads();
        // which of the pass's customers also phone, in one read rather than one per customer
        List<Long> customers = routed.stream().flatMap(i -> i.contactId().stream()).distinct().toList();
        if (!customers.isEmpty()) {
            var phoning = contacts.withIdentity(customers, ChannelKind.PHONE);
            customers.forEach(contact -> reads.phoneContacts.put(contact, phoning.contains(contact)));
        }
        // the pass's requests' activity and insight counts in one read each, not one per post
        List<Long> issues = routed.stream().flatMap(i -> i.issueId().stream()).distinct().toList();
        if (!issues.isEmpty()) {
            reads.activity.putAll(log.activityOnIssues(issues));
            var counted = efforts.of(issues);
            issues.forEach(issue -> reads.efforts.put(issue, Optional.ofNullable(counted.get(issue))));
        }
        publish(account, routed, reads);
    }

    private void publish(ChannelAccount account, List<Interaction> routed, PassReads reads) {
        List<Long> published = new ArrayList<>();
        for (Interaction interaction : routed) {
            Optional<SocialEventType> event = interaction.outcome().flatMap(o -> o.event(interaction.post().kind()));
            if (event.isPresent() && interaction.issueId().isPresent()) {
                signal(interaction.issueId().get(), event.get(), account, interaction, account.intakeUserKey(),
                        reads);
                // after the outcome's event, so a rule that thanks for praise finds the request as routing left it
                if (praise(interaction)) {
                    signal(interaction.issueId().get(), SocialEventType.PRAISE_RECEIVED, account, interaction,
                            account.intakeUserKey(), reads);
                }
            }
            if (!notices.owed(account, interaction)) {
                published.add(interaction.id());
            }
        }
        log.markPublished(published);
    }

    private static boolean praise(Interaction interaction) {
        return interaction.triage().map(triage -> triage.intent() == Triage.Intent.PRAISE).orElse(false);
    }

    /**
     * Publishes {@code event} on the request for a contact about {@code interaction} (for a reply, the post it
     * answered): the issue property from the request's activity, then the event as {@code actorKey}.
     */
    public void signal(long issueId, SocialEventType event, ChannelAccount account, Interaction interaction,
                       String actorKey) {
        signal(issueId, event, account, interaction, actorKey, new PassReads());
    }

    /**
     * The request's {@code socialdesk} property again, without an event, from its newest contact now
     * ({@code newest}); removed when it has none left (an agent moved the last one away).
     */
    public void refresh(long issueId, ChannelAccount account, Optional<Interaction> newest, String actorKey) {
        if (newest.isEmpty()) {
            signals.forget(issueId, actorKey);
            return;
        }
        signals.refresh(issueSignal(issueId, SocialEventType.CONTACT_MERGED, account, newest.get(), actorKey,
                new PassReads()));
    }

    private void signal(long issueId, SocialEventType event, ChannelAccount account, Interaction interaction,
                        String actorKey, PassReads reads) {
        signals.publish(issueSignal(issueId, event, account, interaction, actorKey, reads));
    }

    private IssueSignal issueSignal(long issueId, SocialEventType event, ChannelAccount account,
                                    Interaction interaction, String actorKey, PassReads reads) {
        InteractionLog.IssueActivity activity = reads.activity.computeIfAbsent(issueId, log::activityOnIssue);
        boolean phone = interaction.contactId().map(contact -> reads.phoneContacts.computeIfAbsent(contact,
                c -> contacts.hasIdentity(c, ChannelKind.PHONE))).orElse(false);
        return new IssueSignal(issueId, event, account.kind(), interaction.post().author().handle(),
                interaction.post().author().followers(), activity.inboundCount(), activity.lastInboundAt(), phone,
                actorKey, interaction.triage().or(() -> PostTriage.of(interaction.post())),
                interaction.placement().by().map(MatchedBy::key),
                reads.efforts.computeIfAbsent(issueId, efforts::of));
    }

    /**
     * What publishing a pass reads once: a request's activity (every interaction of the pass is stored before its
     * signals go out, so it is the same for each) and whether a contact has a phone identity.
     */
    private static final class PassReads {
        private final Map<Long, InteractionLog.IssueActivity> activity = new HashMap<>();
        private final Map<Long, Boolean> phoneContacts = new HashMap<>();
        private final Map<Long, Optional<io.socialdesk.automation.IssueSignal.Effort>> efforts = new HashMap<>();
    }
}
