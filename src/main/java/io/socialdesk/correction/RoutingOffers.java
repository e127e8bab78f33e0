package io.socialdesk.correction;

import io.socialdesk.agent.ContactHistory;
import io.socialdesk.agent.HistoryLog;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.contact.Contact;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.OpenRequest;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the panel offers an agent for correcting routing, for one request and as the viewer may see it: the contacts
 * that became new requests possibly the same as another ("Move here"), the customer's other open requests in the
 * desk whatever their channel ("Jane also has CS-1 open: merge into CS-1?"; an offer, never done by itself), and the
 * requests a contact or the request can be moved or merged into.
 */
@Component
public class RoutingOffers {
    static final int SHOWN = 20;

    private final ContactHistory history;
    private final HistoryLog log;
    private final IssueAccess issues;
    private final CustomerRequests customers;
    private final RequestDesk desk;
    private final MoveStore moves;

    /** A possibly-the-same contact: on {@code on}, close to {@code closeTo}. */
    public record Possible(long interactionId, IssueAccess.IssueRef on, IssueAccess.IssueRef closeTo, String text) {
    }

    public record Offers(List<Possible> possible, List<IssueAccess.IssueRef> alsoOpen,
                         List<IssueAccess.IssueRef> targets) {
        public static final Offers NONE = new Offers(List.of(), List.of(), List.of());
    }

    @Inject
    public RoutingOffers(ContactHistory history, HistoryLog log, IssueAccess issues, CustomerRequests customers,
                         RequestDesk desk, MoveStore moves) {
        this.history = history;
        this.log = log;
        this.issues = issues;
        this.customers = customers;
        this.desk = desk;
        this.moves = moves;
    }

    public Offers of(IssueAccess.IssueRef issue, Optional<String> viewer) {
        Optional<Contact> contact = history.contactOf(issue);
        if (contact.isEmpty()) {
            return Offers.NONE;
        }
        List<Possible> possible = moves.possible(issue.id(), SHOWN).stream()
                .flatMap(p -> issues.visibleTo(p.issueId(), viewer).flatMap(on -> issues.visibleTo(p.closeTo(), viewer)
                        .map(close -> new Possible(p.interactionId(), on, close, p.text()))).stream())
                .toList();
        List<IssueAccess.IssueRef> alsoOpen = contact.get().customerKey().flatMap(customer -> desk.state(issue.id())
                        .map(state -> customers.openRequestsOf(customer, state.serviceDeskId(), SHOWN)))
                .orElse(List.of()).stream().map(OpenRequest::state).filter(s -> s.issueId() != issue.id())
                .map(s -> issues.visibleTo(s.issueId(), viewer)).flatMap(Optional::stream).toList();
        Map<Long, IssueAccess.IssueRef> targets = new LinkedHashMap<>();
        alsoOpen.forEach(r -> targets.put(r.id(), r));
        log.issuesOfContact(contact.get().id(), SHOWN).stream().filter(id -> id != issue.id())
                .map(id -> issues.visibleTo(id, viewer)).flatMap(Optional::stream).filter(r -> !r.resolved())
                .forEach(r -> targets.putIfAbsent(r.id(), r));
        return new Offers(possible, alsoOpen, List.copyOf(targets.values()));
    }
}
