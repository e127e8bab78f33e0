package io.socialdesk.intake;

import io.socialdesk.contact.Contacts;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who writes a customer's words onto a request. A linked customer's post on a request they take part in (its reporter
 * or a participant) is their own public comment there, as their e-mailed reply would be: visible in the portal, and
 * JSM notifies nobody of their own activity, so they are never e-mailed their own words, whether routing put it there
 * or an agent moved it. Anything else (an internal note, an unknown author, a request they are not part of) is the
 * account's intake user's.
 */
@Component
public class CommentAuthors {
    private final Contacts contacts;
    private final CustomerRequests customers;
    private final RequestDesk desk;

    @Inject
    public CommentAuthors(Contacts contacts, CustomerRequests customers, RequestDesk desk) {
        this.contacts = contacts;
        this.customers = customers;
        this.desk = desk;
    }

    /** The customer to write as, if any; the caller writes as the intake user otherwise (or if Jira refuses). */
    public Optional<String> customerOf(Optional<String> customerKey, long issueId, boolean internal) {
        return internal ? Optional.empty() : customerKey.filter(key ->
                desk.state(issueId).flatMap(RequestState::reporterKey).filter(key::equals).isPresent()
                        || customers.involves(key, issueId));
    }

    /** {@link #customerOf} for a stored contact. */
    public Optional<String> customerOf(long contactId, long issueId, boolean internal) {
        return customerOf(contacts.byId(contactId).flatMap(c -> c.customerKey()), issueId, internal);
    }
}
