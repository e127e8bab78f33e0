package io.socialdesk.agent;

import io.socialdesk.admin.AdminAudit;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.CustomerDirectory;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The agent's corrections of who a request's contact is: link it to a Jira customer (only this contact moves; joining
 * it with the contact that customer already has is a merge the agent confirms), unlink it, and split an identity off
 * a contact that a wrong merge joined. Each runs under the contacts' cluster locks, so routing never sees a contact
 * half moved.
 */
@Component
public class CustomerLinks {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final ContactHistory history;
    private final Contacts contacts;
    private final CustomerDirectory customers;
    private final ClusterLocks locks;
    private final AdminAudit audit;

    public sealed interface Result {
        record Linked(Contact contact) implements Result {
        }

        /** The customer already has another contact; linking would merge them, which the agent must confirm. */
        record MergeNeeded(Contact other, int identities) implements Result {
        }

        record Problem(String field, String message) implements Result {
        }

        /** Another change to the same customer is running; safe to try again in a moment. */
        record Busy() implements Result {
        }
    }

    @Inject
    public CustomerLinks(ContactHistory history, Contacts contacts, CustomerDirectory customers, ClusterLocks locks,
                         AdminAudit audit) {
        this.history = history;
        this.contacts = contacts;
        this.customers = customers;
        this.locks = locks;
        this.audit = audit;
    }

    public Result link(IssueAccess.IssueRef issue, String user, boolean mergeConfirmed) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return noContact();
        }
        Optional<String> customer = customers.resolve(user.strip());
        if (customer.isEmpty()) {
            return new Result.Problem("user", "no active user " + user.strip());
        }
        return locked(contact.get().id(), () -> switch (contacts.attachCustomer(contact.get().id(),
                customer.get())) {
            case Contacts.Attach.Attached attached -> audited(AdminAudit.Change.CONTACT_LINKED, issue,
                    new Result.Linked(attached.contact()));
            case Contacts.Attach.TakenBy taken -> mergeConfirmed
                    ? locked(taken.other().id(), () -> merged(issue, contact.get().id(), taken.other().id()))
                    : new Result.MergeNeeded(taken.other(), taken.identities());
        });
    }

    /** The request's contact is the same person as {@code otherContactId}: its identities and history move there. */
    public Result mergeInto(IssueAccess.IssueRef issue, long otherContactId) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return noContact();
        }
        if (contact.get().id() == otherContactId || contacts.byId(otherContactId).isEmpty()) {
            return new Result.Problem("target", "is not another contact");
        }
        return locked(contact.get().id(), () -> locked(otherContactId,
                () -> merged(issue, contact.get().id(), otherContactId)));
    }

    /** Under both contacts' locks: the contact moves into the survivor, and Jira's audit log says so. */
    private Result merged(IssueAccess.IssueRef issue, long contactId, long survivorId) {
        return audited(AdminAudit.Change.CONTACTS_MERGED, issue,
                new Result.Linked(contacts.merge(contactId, survivorId)));
    }

    public Result unlink(IssueAccess.IssueRef issue) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return noContact();
        }
        return locked(contact.get().id(), () -> contacts.detachCustomer(contact.get().id())
                .<Result>map(detached -> audited(AdminAudit.Change.CONTACT_UNLINKED, issue,
                        new Result.Linked(detached)))
                .orElseGet(CustomerLinks::noContact));
    }

    public Result split(IssueAccess.IssueRef issue, long identityId) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return noContact();
        }
        return locked(contact.get().id(), () -> contacts.split(contact.get().id(), identityId)
                .<Result>map(split -> audited(AdminAudit.Change.IDENTITY_SPLIT, issue, new Result.Linked(split)))
                .orElseGet(() -> new Result.Problem("identityId", "is not one of several identities of this "
                        + "request's contact")));
    }

    /** Jira's audit log names the request and the contact as it is after the change, never what anyone wrote. */
    private Result audited(AdminAudit.Change change, IssueAccess.IssueRef issue, Result.Linked linked) {
        Contact contact = linked.contact();
        audit.record(change, Map.of("socialdesk.audit.attr.issue", issue.key(),
                "socialdesk.audit.attr.contact", contact.id() + " " + contact.displayName(),
                "socialdesk.audit.attr.customer", contact.customerKey().orElse("-")));
        return linked;
    }

    private Result locked(long contactId, Supplier<Result> change) {
        return locks.tryWith(LockNames.contact(contactId), LOCK_WAIT, change::get).orElseGet(Result.Busy::new);
    }

    private static Result noContact() {
        return new Result.Problem("issueKey", "this request has no social or phone contact");
    }
}
