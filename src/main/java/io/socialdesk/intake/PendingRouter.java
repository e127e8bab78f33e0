package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Routes an account's recorded posts, oldest first, one contact at a time: the contact's cluster lock is held while
 * deciding and applying, so two posts of one customer arriving together (even on two nodes) cannot both create a
 * request. A post whose contact is locked elsewhere stays RECEIVED for the next cycle.
 */
@Component
public class PendingRouter {
    static final int BATCH = 200;
    private static final int CONTACT_REQUESTS_CONSIDERED = 20;
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(5);

    private final InteractionLog log;
    private final Contacts contacts;
    private final RequestDesk desk;
    private final ClusterLocks locks;
    private final RoutingSettingsSource settings;
    private final Clock clock;

    @Inject
    public PendingRouter(InteractionLog log, Contacts contacts, RequestDesk desk, ClusterLocks locks,
                         RoutingSettingsSource settings, Clock clock) {
        this.log = log;
        this.contacts = contacts;
        this.desk = desk;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many interactions were routed or skipped; the rest stay pending. */
    public int routePending(ChannelAccount account) {
        Router router = new Router();
        RoutingSettings current = settings.current();
        RouteEffects effects = new RouteEffects(desk, log);
        int done = 0;
        for (Interaction interaction : log.pending(account.id(), BATCH)) {
            Contact contact = contacts.identify(account.kind(), interaction.post().author());
            Optional<Boolean> routed = locks.tryWith("io.socialdesk.contact." + contact.id(), CONTACT_LOCK_WAIT, () -> {
                boolean stillPending = log.reload(interaction.id()).map(Interaction::status)
                        .filter(s -> s == RoutingStatus.RECEIVED || s == RoutingStatus.ROUTING).isPresent();
                if (!stillPending) {
                    return false; // another node routed it while this one waited for the lock
                }
                RoutingFacts facts = facts(account, interaction, contact);
                effects.apply(account, interaction, contact,
                        router.decide(interaction.post(), facts, current, clock.instant()));
                return true;
            });
            done += routed.orElse(false) ? 1 : 0;
        }
        return done;
    }

    private RoutingFacts facts(ChannelAccount account, Interaction interaction, Contact contact) {
        boolean own = account.ownUserId().filter(interaction.post().author().externalUserId()::equals).isPresent();
        Optional<RequestState> thread = interaction.post().inReplyTo()
                .flatMap(parent -> log.issueOfPost(account.id(), parent))
                .or(() -> interaction.post().conversationId()
                        .flatMap(conversation -> log.issueOfConversation(account.id(), conversation)))
                .flatMap(desk::state);
        List<RequestState> requests = log.issuesOfContact(contact.id()).stream()
                .limit(CONTACT_REQUESTS_CONSIDERED).map(desk::state).flatMap(Optional::stream).toList();
        return new RoutingFacts(own, thread, requests, account.target().serviceDeskId());
    }
}
