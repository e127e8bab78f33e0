package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.contact.Contact;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.triage.PostTriage;
import io.socialdesk.triage.Triage;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place an inbound contact is routed, whether a poll recorded it or a telephony webhook did: under the
 * contact's cluster lock, each of the contact's pending interactions in turn is decided, applied to JSM and
 * published, so two contacts of one customer (on two nodes, or a call and a post) never both create a request, and
 * Automation hears about each one after every write for it is done.
 */
@Component
public class ContactRouting {
    private static final Logger LOG = LoggerFactory.getLogger(ContactRouting.class);

    private final InteractionLog log;
    private final RequestDesk desk;
    private final ClusterLocks locks;
    private final RoutingSettingsSource settings;
    private final SignalPublisher publisher;
    private final CustomerRequests customers;
    private final ChannelCatalog channels;
    private final Clock clock;
    private final RouteEffects effects;
    private final Router router = new Router();

    @Inject
    public ContactRouting(InteractionLog log, RequestDesk desk, ClusterLocks locks, RoutingSettingsSource settings,
                          SignalPublisher publisher, CustomerRequests customers, ChannelCatalog channels,
                          Clock clock, RouteEffects effects) {
        this.log = log;
        this.desk = desk;
        this.locks = locks;
        this.settings = settings;
        this.publisher = publisher;
        this.customers = customers;
        this.channels = channels;
        this.clock = clock;
        this.effects = effects;
    }

    /**
     * Routes several contacts' interactions in one pass, in the order given, each contact under its own lock, all
     * locks held together (taken in contact id order within one shared {@code wait}): the status changes of all of them are written in one
     * transaction per step instead of one per contact. A contact whose lock stayed held elsewhere is left pending.
     * Returns how many interactions were routed or skipped.
     */
    public int routeAll(ChannelAccount account, List<ContactPosts> contacts, Duration wait) {
        // locks in contact order (two nodes never wait on each other in a circle); routing in the given order
        List<String> names = contacts.stream().map(c -> LockNames.contact(c.contact().id())).distinct().sorted()
                .toList();
        return LockSet.withEach(locks, names, wait, held -> {
            List<ContactPosts> mine = contacts.stream()
                    .filter(c -> held.contains(LockNames.contact(c.contact().id()))).toList();
            return mine.isEmpty() ? 0 : desk.pass(() -> routeHeld(account, mine));
        });
    }

    /**
     * Routes one recorded contact now if its customer's lock is free within {@code wait}: routed and published
     * unless that was done before. Empty when the lock is held elsewhere (a poll routing the same customer, another
     * delivery): the contact stays pending for the intake job. If routing fails (JSM refuses, a database conflict),
     * the contact also stays pending for the job, and the interaction is answered as stored.
     */
    public Optional<Interaction> routeRecorded(ChannelAccount account, Contact contact, long interactionId,
                                               Duration wait) {
        return locks.tryWith(LockNames.contact(contact.id()), wait, () -> {
            try {
                desk.pass(() -> routeHeld(account, List.of(new ContactPosts(contact,
                        log.reload(interactionId).stream().toList()))));
            } catch (RuntimeException e) {
                // recorded is enough to answer: the intake job routes what is still pending, nothing is lost
                LOG.error("Account {}: interaction {} was recorded but could not be routed now; the intake job "
                        + "retries it", account.id(), interactionId, e);
            }
            return log.reload(interactionId).orElseThrow(
                    () -> new IllegalStateException("interaction " + interactionId + " vanished"));
        });
    }

    /**
     * Under the contacts' locks: their rows as stored now (ROUTING = an earlier attempt may have written to JSM;
     * those another node routed while this one waited for a lock are left alone) are marked ROUTING in one
     * transaction, routed contact by contact, stored in one transaction and published. A contact whose routing
     * fails keeps the rest of its interactions ROUTING for a repeat; the others go on, and the first failure is
     * thrown once all that was routed is stored and published.
     */
    private int routeHeld(ChannelAccount account, List<ContactPosts> contacts) {
        RoutingSettings current = settings.current();
        ChannelSpec spec = channels.spec(account.kind()).orElseThrow(() -> new IllegalStateException(
                "channel " + account.kind() + " of account " + account.id() + " is not installed"));
        // only the status can have changed since the rows were listed: another node routed them, or began to
        Map<Long, RoutingStatus> now = log.statuses(contacts.stream().flatMap(c -> c.interactions().stream())
                .map(Interaction::id).toList());
        Map<Long, Long> routing = new LinkedHashMap<>();
        List<ContactPosts> pending = new ArrayList<>();
        for (ContactPosts listed : contacts) {
            List<Interaction> mine = listed.interactions().stream().filter(i -> now.containsKey(i.id()))
                    .map(i -> i.withStatus(now.get(i.id()))).filter(i -> i.status().pending()).toList();
            mine.forEach(i -> routing.put(i.id(), listed.contact().id()));
            pending.add(new ContactPosts(listed.contact(), mine));
        }
        log.markRouting(routing);
        List<InteractionLog.Done> outcomes = new ArrayList<>();
        List<Interaction> routed = new ArrayList<>();
        RuntimeException first = null;
        for (ContactPosts posts : pending) {
            try {
                routeContact(account, spec, current, effects, posts, outcomes, routed);
            } catch (RuntimeException stopped) {
                // its routed interactions are stored below with the others; the rest stays ROUTING for a repeat
                if (first == null) {
                    first = stopped;
                } else {
                    first.addSuppressed(stopped);
                }
            }
        }
        try {
            finish(account, outcomes, routed);
        } catch (RuntimeException alsoFailed) {
            if (first == null) {
                throw alsoFailed;
            }
            first.addSuppressed(alsoFailed);
        }
        if (first != null) {
            throw first;
        }
        return routed.size();
    }

    private void routeContact(ChannelAccount account, ChannelSpec spec, RoutingSettings current,
                              RouteEffects effects, ContactPosts posts, List<InteractionLog.Done> outcomes,
                              List<Interaction> routed) {
        Contact contact = posts.contact();
        PassFacts facts = new PassFacts(log, desk, customers, account, contact);
        for (Interaction interaction : posts.interactions()) {
            // read once, kept with the outcome: the panel, the property and praise routing use the same reading
            Optional<Triage> triage = interaction.triage().or(() -> PostTriage.of(interaction.post()));
            Route route = router.decide(interaction, triage, facts.of(interaction), current, clock.instant());
            RouteEffects.Routed done = effects.apply(account, spec.label(), interaction, contact, route);
            facts.after(interaction, done, clock.instant());
            InteractionLog.Done outcome = new InteractionLog.Done(interaction.id(), contact.id(), done.outcome(),
                    done.issueId(), done.reason(), triage, done.placement());
            outcomes.add(outcome);
            routed.add(interaction.routed(contact.id(), outcome));
        }
    }

    /** The pass's outcomes in one transaction, then its signals: Automation hears only of what is stored. */
    private void finish(ChannelAccount account, List<InteractionLog.Done> outcomes, List<Interaction> routed) {
        log.markDone(outcomes);
        publisher.publishPass(account, routed);
    }
}
