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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Routes an account's recorded posts, oldest first, a contact at a time: each author's pending posts of the batch are
 * routed together under one acquisition of their contact's lock ({@link ContactRouting}). A contact locked elsewhere
 * keeps its posts RECEIVED for the next cycle.
 */
@Component
public class PendingRouter {
    /** A poll run records at most 1,000 posts (25 pages of 40): one batch routes them, a contact in one pass. */
    static final int BATCH = 1_000;
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(5);

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
        int done = 0;
        for (Map.Entry<IdentityRef, List<Interaction>> author : byAuthor.entrySet()) {
            Contact contact = contacts.identify(author.getKey(), author.getValue().get(0).post().author());
            done += routing.route(account, contact, author.getValue(), CONTACT_LOCK_WAIT).orElse(0);
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
