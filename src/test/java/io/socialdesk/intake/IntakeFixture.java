package io.socialdesk.intake;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.automation.AutomationSignals;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoContacts;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.AoInteractionLog;
import io.socialdesk.store.ChannelAccountEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.DBParam;

/**
 * One SocialDesk node on a real database and the simulated Jira, running the plugin's real components (the jira
 * adapters included); a second node shares the database and the Jira.
 */
public final class IntakeFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    public final EntityManagerActiveObjects ao;
    public final MutableClock clock;
    public final SimulatedJsm jsm;
    public final PluginNode node;
    public final AoInbox inbox;
    public final AoInteractionLog log;
    public final AoContacts contacts;
    public final ChannelAccount account;
    public final ClusterLocks locks;
    public final RequestDesk desk;
    private final Path sharedHome;

    private IntakeFixture(EntityManagerActiveObjects ao, MutableClock clock, SimulatedJsm jsm, long accountId,
                          Path sharedHome) {
        this.ao = ao;
        this.clock = clock;
        this.jsm = jsm;
        this.sharedHome = sharedHome;
        this.node = PluginNode.start(jsm, ao, sharedHome, clock);
        this.inbox = node.get(AoInbox.class);
        this.log = node.get(AoInteractionLog.class);
        this.contacts = node.get(AoContacts.class);
        this.account = node.get(AoChannelAccounts.class).byId(accountId).orElseThrow();
        this.locks = node.get(ClusterLocks.class);
        this.desk = node.get(RequestDesk.class);
    }

    public static IntakeFixture on(TestDatabase db) {
        EntityManagerActiveObjects ao = db.connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        long id = ao.create(ChannelAccountEntity.class,
                new DBParam("KIND", "mastodon"), new DBParam("NAME", "acme"),
                new DBParam("API_BASE_URL", "https://mastodon.example"), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 1), new DBParam("POLL_SECONDS", 60L),
                new DBParam("OWN_USER_ID", "1"), new DBParam("STATUS", "ACTIVE"), new DBParam("NEXT_POLL_AT", 0L),
                new DBParam("FAILURES", 0), new DBParam("INTAKE_USER_KEY", "socialdesk")).getID();
        MutableClock clock = new MutableClock(START);
        try {
            return new IntakeFixture(ao, clock, new SimulatedJsm(clock), id, Files.createTempDirectory("sd-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A second node: its own AO connection, locks and components; the same database, Jira and shared home. */
    public IntakeFixture secondNode() {
        EntityManagerActiveObjects other = TestDatabase.sameDatabaseAs(ao);
        return new IntakeFixture(other, clock, jsm, account.id(), sharedHome);
    }

    public PendingRouter router() {
        return node.get(PendingRouter.class);
    }

    public PendingRouter router(RequestDesk requestDesk, InteractionLog interactionLog) {
        SignalPublisher publisher = new SignalPublisher(interactionLog, contacts, node.get(AutomationSignals.class),
                node.get(ContactNotices.class), node.get(RequestEfforts.class),
                node.get(io.socialdesk.channel.ChannelAccounts.class));
        ContactRouting routing = new ContactRouting(interactionLog, requestDesk, locks, RoutingSettings::defaults,
                publisher, node.get(CustomerRequests.class), node.get(ChannelCatalog.class), clock,
                new RouteEffects(requestDesk, new CommentAuthors(contacts, node.get(CustomerRequests.class),
                        requestDesk), node.get(io.socialdesk.media.MediaLanding.class),
                        node.get(DeliverySettingsSource.class)));
        return new PendingRouter(interactionLog, contacts, routing, node.get(ChannelCatalog.class));
    }

    public void receive(InboundPost... posts) {
        inbox.record(account.id(), List.of(posts), Optional.empty());
    }

    public static InboundPost post(String id, String authorId, String handle, String text, String inReplyTo) {
        return new InboundPost(id, PostKind.MENTION, text,
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle.substring(0, 1).toUpperCase() + handle.substring(1),
                        OptionalLong.of(100), Optional.empty()),
                START, Optional.empty(), Optional.ofNullable(inReplyTo), Optional.of("en"));
    }

    @Override
    public void close() {
        try {
            node.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ao.dispose();
    }
}
