package io.socialdesk.agent;

import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.media.MediaNames;
import io.socialdesk.media.RequestAttachments;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
    private final ReplyPreview replies;
    private final RequestAttachments attachments;

    @Inject
    public ContactHistory(HistoryLog history, Contacts contacts, IssueAccess issues, ReplyPreview replies,
                          RequestAttachments attachments) {
        this.history = history;
        this.contacts = contacts;
        this.issues = issues;
        this.replies = replies;
        this.attachments = attachments;
    }

    /**
     * The history as {@code viewer} may see it: entries on requests they cannot browse are left out (and counted),
     * as are such requests from the list of other requests; entries on no request belong to the customer alone.
     */
    public HistoryView of(IssueAccess.IssueRef issue, int page, Optional<String> viewer) {
        Optional<Contact> contact = contactOf(issue);
        ReplyPreview.Preview reply = replies.of(issue.id());
        if (contact.isEmpty()) {
            return new HistoryView(Optional.empty(), List.of(), List.of(), false, 0, List.of(), reply, Map.of(),
                    pictures(issue.id(), reply));
        }
        long contactId = contact.get().id();
        int offset = Math.max(0, page) * PAGE_SIZE;
        List<HistoryEntry> rows = history.timeline(contactId, offset, PAGE_SIZE);
        Map<Long, Boolean> browsable = new HashMap<>(Map.of(issue.id(), true));
        Predicate<Long> visible = id -> browsable.computeIfAbsent(id, i -> issues.visibleTo(i, viewer).isPresent());
        List<HistoryEntry> page20 = rows.stream().limit(PAGE_SIZE).toList();
        List<HistoryEntry> shown = page20.stream().filter(e -> e.issueId().map(visible::test).orElse(true)).toList();
        List<IssueAccess.IssueRef> others = history.issuesOfContact(contactId, OTHER_REQUESTS * 3).stream()
                .filter(id -> id != issue.id()).map(id -> issues.visibleTo(id, viewer)).flatMap(Optional::stream)
                .limit(OTHER_REQUESTS).toList();
        return new HistoryView(contact, contacts.identities(contactId), shown, rows.size() > PAGE_SIZE,
                page20.size() - shown.size(), others, reply, files(shown), pictures(issue.id(), reply));
    }

    private List<RequestAttachments.Stored> pictures(long issueId, ReplyPreview.Preview reply) {
        return reply.pictures() == 0 ? List.of() : attachments.on(issueId).stream()
                .filter(a -> io.socialdesk.channel.MediaAllowance.PICTURES.contains(a.type())).toList();
    }

    /** The attachments made of each shown post's media, one read of each request's attachments per page. */
    private Map<Long, List<RequestAttachments.Stored>> files(List<HistoryEntry> shown) {
        Map<Long, List<RequestAttachments.Stored>> onRequest = new HashMap<>();
        Map<Long, List<RequestAttachments.Stored>> files = new HashMap<>();
        for (HistoryEntry entry : shown) {
            if (entry.media().isEmpty() || entry.issueId().isEmpty() || entry.externalId().isBlank()) {
                continue;
            }
            String prefix = MediaNames.prefix(entry.channel(), entry.externalId());
            List<RequestAttachments.Stored> mine = onRequest.computeIfAbsent(entry.issueId().get(),
                    attachments::on).stream().filter(a -> a.name().startsWith(prefix)).toList();
            if (!mine.isEmpty()) {
                files.put(entry.id(), mine);
            }
        }
        return files;
    }

    public Optional<Contact> contactOf(IssueAccess.IssueRef issue) {
        return history.contactOfIssue(issue.id()).flatMap(contacts::byId)
                .or(() -> issue.reporterKey().flatMap(contacts::byCustomer));
    }
}
