package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What routing knows during one contact's pass: the facts {@link Router} decides on, read from the interaction log
 * at most once and kept up to date with what the pass itself routed. The pass's rows are marked done only at its end,
 * so a thread reply or a second post routed in the same pass must learn here, not from the log, which request the
 * first one went to.
 */
final class PassFacts {
    private static final int CONTACT_REQUESTS_CONSIDERED = 20;

    private final InteractionLog log;
    private final ChannelAccount account;
    private final Contact contact;
    private final RequestStates requests;
    private final Map<String, Long> issueOfPost = new HashMap<>();
    private final Map<String, Long> issueOfConversation = new HashMap<>();
    private List<Long> contactIssues;

    PassFacts(InteractionLog log, RequestDesk desk, ChannelAccount account, Contact contact) {
        this.log = log;
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
        return new RoutingFacts(own, thread, openRequest());
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
        });
    }

    private Optional<Long> issueOfPost(String externalId) {
        return Optional.ofNullable(issueOfPost.get(externalId)).or(() -> log.issueOfPost(account.id(), externalId));
    }

    private Optional<Long> issueOfConversation(String conversationId) {
        return Optional.ofNullable(issueOfConversation.get(conversationId))
                .or(() -> log.issueOfConversation(account.id(), conversationId));
    }

    /** The contact's most recently contacted request that is open in the account's service desk. */
    private Optional<RequestState> openRequest() {
        return contactIssues().stream().limit(CONTACT_REQUESTS_CONSIDERED)
                .map(requests::state).flatMap(Optional::stream)
                .filter(r -> r.serviceDeskId() == account.target().serviceDeskId())
                .filter(r -> !r.resolved())
                .findFirst();
    }

    private List<Long> contactIssues() {
        if (contactIssues == null) {
            contactIssues = new ArrayList<>(log.issuesOfContact(contact.id()));
        }
        return contactIssues;
    }
}
