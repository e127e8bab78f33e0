package io.socialdesk.intake;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.IdentityRef;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Routes an account's recorded posts, oldest first: each author's pending posts of the batch are routed together
 * under their contact's lock, and up to {@link #CONTACTS_PER_PASS} contacts share one pass ({@link ContactRouting}),
 * so their status changes are written in one transaction per step. A contact locked elsewhere keeps its posts
 * RECEIVED for the next cycle.
 */
@Component
public class PendingRouter {
    /** A poll run records at most 1,000 posts (25 pages of 40): one batch routes them, a contact in one pass. */
    static final int BATCH = 1_000;
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(5);
    /**
     * Contacts routed in one pass: their locks are held together for it, so a call for one of them waits at most one
     * pass (tens of milliseconds), while the pass's writes are shared by all of them.
     */
    static final int CONTACTS_PER_PASS = 50;

    private final InteractionLog log;
    private final Contacts contacts;
    private final ContactRouting routing;
    private final ChannelCatalog channels;

    @Inject
    public PendingRouter(InteractionLog log, Contacts contacts, ContactRouting routing, ChannelCatalog channels) {
        this.log = log;
        this.contacts = contacts;
        this.routing = routing;
        this.channels = channels;
    }

    /** Returns how many interactions were routed or skipped; the rest stay pending. */
    public int routePending(ChannelAccount account) {
        ChannelSpec spec = channels.spec(account.kind()).orElseThrow(() -> new IllegalStateException(
                "channel " + account.kind() + " of account " + account.id() + " is not installed"));
        Map<IdentityRef, List<Interaction>> byAuthor = new LinkedHashMap<>();
        for (Interaction interaction : log.pending(account.id(), BATCH)) {
            byAuthor.computeIfAbsent(identity(spec, account, interaction), ref -> new ArrayList<>()).add(interaction);
        }
        // the batch's known authors in one read; only first-time authors are created one by one
        Map<IdentityRef, Contact> known = contacts.holdersOf(byAuthor.keySet());
        // two identities of one person (merged contacts) are one contact: one pass, one lock
        Map<Long, ContactPosts> byContact = new LinkedHashMap<>();
        for (Map.Entry<IdentityRef, List<Interaction>> author : byAuthor.entrySet()) {
            Contact contact = Optional.ofNullable(known.get(author.getKey())).orElseGet(() ->
                    contacts.identify(author.getKey(), author.getValue().get(0).post().author()));
            byContact.merge(contact.id(), new ContactPosts(contact, author.getValue()), (a, b) -> new ContactPosts(
                    a.contact(), Stream.concat(a.interactions().stream(), b.interactions().stream())
                            .sorted(Comparator.comparing((Interaction i) -> i.post().occurredAt())
                                    .thenComparingLong(Interaction::id)).toList()));
        }
        List<ContactPosts> all = List.copyOf(byContact.values());
        int done = 0;
        for (int from = 0; from < all.size(); from += CONTACTS_PER_PASS) {
            done += routing.routeAll(account, all.subList(from, Math.min(all.size(), from + CONTACTS_PER_PASS)),
                    CONTACT_LOCK_WAIT);
        }
        return done;
    }

    /** A post of an author the network no longer knows is nobody's but its own: it must not join a stranger. */
    private static IdentityRef identity(ChannelSpec spec, ChannelAccount account, Interaction interaction) {
        Author author = interaction.post().author();
        String id = author.externalUserId().isBlank() ? "unknown-author-of-" + interaction.post().externalId()
                : author.externalUserId();
        return IdentityRef.of(spec, account, id);
    }
}
