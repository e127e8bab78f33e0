package io.socialdesk.agent;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Everything one customer said on any channel, for the request an agent has open. The customer is found
 * through the request's interactions, else through its reporter when they are a linked customer.
 */
@Component
public class ContactHistory {
    public static final int PAGE_SIZE = 20;
    private static final int OTHER_REQUESTS = 10;

    private final HistoryLog history;
    private final Contacts contacts;
    private final IssueAccess issues;
    private final ReplyTarget replies;

    @Inject
    public ContactHistory(HistoryLog history, Contacts contacts, IssueAccess issues, ReplyTarget replies) {
        this.history = history;
        this.contacts = contacts;
        this.issues = issues;
        this.replies = replies;
    }

    public HistoryView of(IssueAccess.IssueRef issue, int page) {
        Optional<Contact> contact = contactOf(issue);
        Optional<String> replyChannel = replies.forIssue(issue.id()).map(target -> target.account().kind())
                .map(ChannelKind::key);
        if (contact.isEmpty()) {
            return new HistoryView(Optional.empty(), List.of(), List.of(), false, List.of(), replyChannel);
        }
        long contactId = contact.get().id();
        int offset = Math.max(0, page) * PAGE_SIZE;
        List<HistoryEntry> rows = history.timeline(contactId, offset, PAGE_SIZE);
        List<IssueAccess.IssueRef> others = history.issuesOfContact(contactId, OTHER_REQUESTS + 1).stream()
                .filter(id -> id != issue.id()).limit(OTHER_REQUESTS)
                .map(issues::byId).flatMap(Optional::stream).toList();
        return new HistoryView(contact, contacts.identities(contactId), rows.stream().limit(PAGE_SIZE).toList(),
                rows.size() > PAGE_SIZE, others, replyChannel);
    }

    public Optional<Contact> contactOf(IssueAccess.IssueRef issue) {
        return history.contactOfIssue(issue.id()).flatMap(contacts::byId)
                .or(() -> issue.reporterKey().flatMap(contacts::byCustomer));
    }
}
