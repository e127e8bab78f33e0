package io.socialdesk.agent;

import io.socialdesk.contact.Contact;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The agent's answer to "Is this ...?". Yes links the contact to the customer, or merges it into the other contact,
 * with an entry in Jira's audit log ({@link CustomerLinks}); only a match currently suggested can be accepted this
 * way, so the endpoint cannot merge arbitrary contacts. No is remembered: that match is never suggested again.
 */
@Component
public class SuggestionAnswers {
    private final ContactHistory history;
    private final IdentitySuggestions suggestions;
    private final CustomerLinks links;
    private final SuggestionStore store;

    @Inject
    public SuggestionAnswers(ContactHistory history, IdentitySuggestions suggestions, CustomerLinks links,
                             SuggestionStore store) {
        this.history = history;
        this.suggestions = suggestions;
        this.links = links;
        this.store = store;
    }

    public List<Suggestion> current(IssueAccess.IssueRef issue) {
        return history.contactOf(issue).map(suggestions::forContact).orElse(List.of());
    }

    public CustomerLinks.Result accept(IssueAccess.IssueRef issue, String target) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty() || suggestions.forContact(contact.get()).stream()
                .noneMatch(s -> s.target().equals(target))) {
            return new CustomerLinks.Result.Problem("target", "is not a current suggestion for this request");
        }
        if (target.startsWith(Suggestion.CUSTOMER)) {
            return links.link(issue, target.substring(Suggestion.CUSTOMER.length()), true);
        }
        return links.mergeInto(issue, Long.parseLong(target.substring(Suggestion.CONTACT.length())));
    }

    /** False when the request has no contact. */
    /**
     * Remembers "no" to a current suggestion, never to be asked again; false when the request has no contact or the
     * target is not suggested for it now (a rejection of anything else would only fill the table).
     */
    public boolean reject(IssueAccess.IssueRef issue, String target, String agentKey) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty() || suggestions.forContact(contact.get()).stream()
                .noneMatch(s -> s.target().equals(target))) {
            return false;
        }
        store.reject(contact.get().id(), target, agentKey);
        return true;
    }
}
