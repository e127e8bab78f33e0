package io.socialdesk.privacy;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Erases a person on request (the right to erasure): first what SocialDesk wrote into Jira for them is redacted, then
 * its own records are cleared in one transaction. Jira first, so a failure half-way leaves the contact in place to be
 * erased again (every step is safe to repeat) rather than a contact gone with its text still on requests. Runs under
 * the contact's cluster lock, so routing cannot add a request for them meanwhile.
 */
@Component
public class ContactErasure {
    static final String PLACEHOLDER = "Erased contact";
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Contacts contacts;
    private final ContactRecords records;
    private final RequestRedaction redaction;
    private final ClusterLocks locks;
    private final AdminAudit audit;
    private final Clock clock;

    public sealed interface Outcome {
        /** {@code refused}: redactions Jira refused (or that had no user to act as); the rest is erased. */
        record Erased(long contactId, int interactions, int requests, int comments, int refused, int attachments)
                implements Outcome {
        }

        record NotFound() implements Outcome {
        }

        /** Routing or another change holds the contact; safe to try again in a moment. */
        record Busy() implements Outcome {
        }
    }

    private final RequestAttachments attachments;

    @Inject
    public ContactErasure(Contacts contacts, ContactRecords records, RequestRedaction redaction, ClusterLocks locks,
                          AdminAudit audit, Clock clock, RequestAttachments attachments) {
        this.attachments = attachments;
        this.contacts = contacts;
        this.records = records;
        this.redaction = redaction;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code requestedBy}: the administrator asking, who acts in Jira where the intake user of the account is gone;
     * empty when Jira itself asks (user anonymization).
     */
    public Outcome erase(long contactId, Optional<String> requestedBy) {
        return locks.tryWith(LockNames.contact(contactId), LOCK_WAIT, () -> eraseLocked(contactId, requestedBy))
                .orElseGet(Outcome.Busy::new);
    }

    private Outcome eraseLocked(long contactId, Optional<String> requestedBy) {
        Optional<Contact> contact = contacts.byId(contactId);
        if (contact.isEmpty()) {
            return new Outcome.NotFound();
        }
        if (records.erased(contactId)) {
            // erased before: its requests were redacted then; a repeat edits nothing (no new change history)
            return new Outcome.Erased(contactId, 0, 0, 0, 0, 0);
        }
        String note = "[Removed at the customer's request on " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                + ": SocialDesk erased the text it wrote here.]";
        var written = records.written(contactId);
        RequestRedaction.Redacted done = RequestRedaction.Redacted.NOTHING;
        Set<Long> forgotten = new HashSet<>(); // a request's property is removed once, not once per message on it
        for (ContactRecords.Written item : written) {
            Optional<String> actor = item.actorKey().or(() -> requestedBy);
            done = done.plus(actor.map(key -> redaction.redact(item.interactionId(),
                            item.issueId().filter(forgotten::add), key, note))
                    .orElse(new RequestRedaction.Redacted(0, 0, 1)));
        }
        int attachments = removeMedia(written);
        records.erase(contactId, PLACEHOLDER);
        audit.record(AdminAudit.Change.CONTACT_ERASED, Map.of("socialdesk.audit.attr.contact",
                Long.toString(contactId)));
        return new Outcome.Erased(contactId, written.size(), done.requests(), done.comments(), done.refused(),
                attachments);
    }

    /**
     * The attachments SocialDesk made of the contact's media, looked for on every request of theirs: an agent may
     * have moved a post after its files were attached where it first landed.
     */
    private int removeMedia(List<ContactRecords.Written> written) {
        Set<Long> requests = new java.util.TreeSet<>();
        written.forEach(item -> item.issueId().ifPresent(requests::add));
        int removed = 0;
        for (ContactRecords.Written item : written) {
            for (String prefix : item.mediaPrefix().stream().toList()) {
                for (long request : requests) {
                    removed += attachments.remove(request, prefix);
                }
            }
        }
        return removed;
    }
}
