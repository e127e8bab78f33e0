package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.matching.CandidateRequest;
import io.socialdesk.matching.TopicWords;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.OpenRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import io.socialdesk.request.RequestText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What routing knows during one contact's pass: the facts {@link Router} decides on, each read at most once per pass
 * and kept up to date with what the pass itself routed. The pass's rows are marked done only at its end, so a thread
 * reply or a second post routed in the same pass must learn here, not from the log, which request the first one went
 * to. A linked customer's open requests come from Jira (one lookup, whatever channel raised them); SocialDesk's own
 * records add the requests the contact's interactions are on. What a request is about is its summary and description
 * (read with its state, at no further cost) and the customer's comments on it (read for the closest few only).
 */
final class PassFacts {
    /** How many of the contact's most recently contacted requests are looked at for their conversation. */
    private static final int CONTACT_REQUESTS_CONSIDERED = 20;
    /** How many of them are also matched by key and topic (each may cost a Jira read). */
    private static final int OWN_REQUESTS_MATCHED = 5;
    /** How many open requests of a linked customer Jira is asked for. */
    static final int CUSTOMER_REQUESTS = 20;
    private static final int COMMENTS_PER_REQUEST = 3;

    private final InteractionLog log;
    private final CustomerRequests customers;
    private final ChannelAccount account;
    private final Contact contact;
    private final RequestStates requests;
    private final Map<String, Long> issueOfPost = new HashMap<>();
    private final Map<String, Long> issueOfConversation = new HashMap<>();
    private final Map<Long, List<String>> comments = new HashMap<>();
    /** What the customer said on each request in this pass (it is not in the request's description yet). */
    private final Map<Long, List<String>> said = new HashMap<>();
    private final TopicWords words = new TopicWords();
    private final RequestDesk desk;
    private List<Long> contactIssues;
    private List<OpenRequest> jiraOpen;

    PassFacts(InteractionLog log, RequestDesk desk, CustomerRequests customers, ChannelAccount account,
              Contact contact) {
        this.log = log;
        this.desk = desk;
        this.customers = customers;
        this.account = account;
        this.contact = contact;
        this.requests = new RequestStates(desk);
    }

    RoutingFacts of(Interaction interaction) {
        var post = interaction.post();
        boolean own = post.kind() != PostKind.CALL
                && account.ownUserId().filter(post.author().externalUserId()::equals).isPresent();
        Optional<RequestState> thread = post.inReplyTo().flatMap(this::issueOfPost)
                .or(() -> post.conversationId().flatMap(this::issueOfConversation))
                .flatMap(requests::state);
        return new RoutingFacts(own, thread, this::candidates);
    }

    /** What routing {@code interaction} did: the request it went to is now the contact's most recent one. */
    void after(Interaction interaction, RouteEffects.Routed routed, Instant now) {
        requests.after(routed, now);
        routed.issueId().ifPresent(issue -> {
            issueOfPost.put(interaction.post().externalId(), issue);
            interaction.post().conversationId().ifPresent(conversation -> issueOfConversation.put(conversation, issue));
            List<Long> issues = contactIssues();
            issues.remove(issue);
            issues.add(0, issue);
            if (interaction.post().kind() != PostKind.CALL) {
                said.computeIfAbsent(issue, id -> new ArrayList<>()).add(0, interaction.post().text());
            }
        });
    }

    private RoutingFacts.Candidates candidates() {
        Map<Long, RequestState> open = new LinkedHashMap<>();
        for (OpenRequest request : jiraOpen()) {
            requests.state(request.state().issueId()).filter(this::openInDesk)
                    .ifPresent(state -> open.put(state.issueId(), state));
        }
        Optional<RequestState> conversation = Optional.empty();
        int matched = 0;
        List<Long> considered = contactIssues().stream().limit(CONTACT_REQUESTS_CONSIDERED).toList();
        // one Jira read for all of them rather than one per request looked at
        desk.prefetch(considered);
        for (Long issueId : considered) {
            Optional<RequestState> state = Optional.ofNullable(open.get(issueId))
                    .or(() -> requests.state(issueId).filter(this::openInDesk));
            if (state.isEmpty()) {
                continue;
            }
            conversation = conversation.or(() -> state);
            if (matched++ < OWN_REQUESTS_MATCHED) {
                open.putIfAbsent(issueId, state.get());
            }
            if (matched >= OWN_REQUESTS_MATCHED) {
                break;
            }
        }
        List<CandidateRequest> candidates = open.values().stream().map(state -> {
            RequestText text = desk.text(state.issueId()).orElse(new RequestText("", ""));
            return CandidateRequest.of(new OpenRequest(state, text.summary(), text.description()),
                    said.getOrDefault(state.issueId(), List.of()));
        }).toList();
        Optional<CandidateRequest> current = conversation.flatMap(c -> candidates.stream()
                .filter(candidate -> candidate.issueId() == c.issueId()).findFirst());
        return new RoutingFacts.Candidates(candidates, current, this::customerComments, words);
    }

    private boolean openInDesk(RequestState state) {
        return state.serviceDeskId() == account.target().serviceDeskId() && !state.resolved();
    }

    /** The linked customer's open requests in the desk, from Jira once per pass (none for an unknown author). */
    private List<OpenRequest> jiraOpen() {
        if (jiraOpen == null) {
            jiraOpen = contact.customerKey().map(customer -> customers.openRequestsOf(customer,
                    account.target().serviceDeskId(), CUSTOMER_REQUESTS)).orElse(List.of());
            jiraOpen.forEach(r -> requests.known(r.state()));
        }
        return jiraOpen;
    }

    private List<String> customerComments(CandidateRequest request) {
        return contact.customerKey().filter(customer -> jiraOpen().stream()
                        .anyMatch(r -> r.state().issueId() == request.issueId()))
                .map(customer -> comments.computeIfAbsent(request.issueId(),
                        id -> customers.customerComments(customer, id, COMMENTS_PER_REQUEST)))
                .orElse(List.of());
    }

    private Optional<Long> issueOfPost(String externalId) {
        return Optional.ofNullable(issueOfPost.get(externalId)).or(() -> log.issueOfPost(account.id(), externalId));
    }

    private Optional<Long> issueOfConversation(String conversationId) {
        return Optional.ofNullable(issueOfConversation.get(conversationId))
                .or(() -> log.issueOfConversation(account.id(), conversationId));
    }

    private List<Long> contactIssues() {
        if (contactIssues == null) {
            contactIssues = new ArrayList<>(log.issuesOfContact(contact.id()));
        }
        return contactIssues;
    }
}
