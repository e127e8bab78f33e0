package io.socialdesk.agent;

import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.CustomerDirectory;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** "Link to customer": the request's social contact becomes a Jira customer, merging with their other contacts. */
@Component
public class CustomerLinks {
    private final ContactHistory history;
    private final Contacts contacts;
    private final CustomerDirectory customers;

    public sealed interface Result {
        record Linked(Contact contact) implements Result {
        }

        record Problem(String field, String message) implements Result {
        }
    }

    @Inject
    public CustomerLinks(ContactHistory history, Contacts contacts, CustomerDirectory customers) {
        this.history = history;
        this.contacts = contacts;
        this.customers = customers;
    }

    public Result link(IssueAccess.IssueRef issue, String user) {
        var contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return new Result.Problem("issueKey", "this request has no social or phone contact to link");
        }
        return customers.resolve(user.strip())
                .<Result>map(key -> new Result.Linked(contacts.linkCustomer(contact.get().id(), key)))
                .orElseGet(() -> new Result.Problem("user", "no active user " + user.strip()));
    }
}
