package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.CustomerDirectory;
import io.socialdesk.contact.IdentityRef;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one intake of every pushed channel (docs/architecture.md, "Intake"): what a webhook delivers enters the same
 * pipeline as a polled post. It is recorded first (unique per account and the sender's id), without waiting for
 * anyone, so the sender's request never waits on a lock; then, if its customer is not being routed elsewhere at this
 * moment, it is routed by the same rules and published. Otherwise the account is woken so the intake job's next run
 * does the rest. A repeated id answers with what the first delivery made of it and changes nothing else, not even the
 * customer's identities; one that an interrupted delivery left unrouted is finished.
 */
@Component
public class PushedIntake {
    private final PushedLog pushed;
    private final Contacts contacts;
    private final CustomerDirectory customers;
    private final InteractionLog log;
    private final ContactRouting routing;
    private final AccountVisits visits;
    private final ChannelCatalog channels;

    public sealed interface Outcome {
        /** {@code issueId} empty: history only, skipped, or routing left to the intake job. */
        record Logged(long interactionId, Optional<Long> issueId, boolean repeated) implements Outcome {
        }

        /** The database kept refusing the write (conflicts): nothing was stored; the sender should retry later. */
        record Busy() implements Outcome {
        }
    }

    @Inject
    public PushedIntake(PushedLog pushed, Contacts contacts, CustomerDirectory customers, InteractionLog log,
                        ContactRouting routing, AccountVisits visits, ChannelCatalog channels) {
        this.pushed = pushed;
        this.contacts = contacts;
        this.customers = customers;
        this.log = log;
        this.routing = routing;
        this.visits = visits;
        this.channels = channels;
    }

    public Outcome accept(ChannelAccount account, Pushed contact) {
        Optional<Interaction> known = pushed.find(account.id(), contact.post().externalId()).flatMap(log::reload);
        if (known.isPresent() && !known.get().status().pending()) {
            return new Outcome.Logged(known.get().id(), known.get().issueId(), true);
        }
        Contact customer = customer(account, contact);
        Optional<PushedLog.Stored> stored = pushed.record(account.id(), account.kind(), contact);
        if (stored.isEmpty()) {
            return new Outcome.Busy();
        }
        long id = stored.get().interactionId();
        // committed before the wake: the job's visit sees the contact whatever this thread does next
        visits.wake(account.id());
        Interaction now = routing.routeRecorded(account, customer, id, Duration.ZERO)
                .or(() -> log.reload(id))
                .orElseThrow(() -> new IllegalStateException("interaction " + id + " vanished"));
        return new Outcome.Logged(now.id(), now.issueId(), !stored.get().isNew());
    }

    /** The sender's identity on the channel (a number is shared by every channel of numbers), with its customer. */
    private Contact customer(ChannelAccount account, Pushed contact) {
        ChannelSpec spec = channels.spec(account.kind()).orElseThrow(() -> new IllegalStateException(
                "channel " + account.kind() + " of account " + account.id() + " is not installed"));
        Contact found = contacts.identify(IdentityRef.of(spec, account, contact.post().author().externalUserId()),
                contact.post().author());
        if (found.customerKey().isPresent()) {
            return found;
        }
        return contact.customerEmail().flatMap(customers::keyByEmail)
                .map(customer -> contacts.linkCustomer(found.id(), customer))
                .orElse(found);
    }
}
