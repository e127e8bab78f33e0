package io.socialdesk.intake;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.DatabaseLocks;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.sandbox.jsm.SimulatedRequestDesk;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoContacts;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.AoInteractionLog;
import io.socialdesk.store.ChannelAccountEntity;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.DBParam;

/** One SocialDesk "node" on a real database with a simulated JSM; a second node shares database and JSM. */
final class IntakeFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    final EntityManagerActiveObjects ao;
    final MutableClock clock;
    final SimulatedJsm jsm;
    final AoInbox inbox;
    final AoInteractionLog log;
    final AoContacts contacts;
    final ChannelAccount account;
    final DatabaseLocks locks;

    private IntakeFixture(EntityManagerActiveObjects ao, MutableClock clock, SimulatedJsm jsm, long accountId) {
        this.ao = ao;
        this.clock = clock;
        this.jsm = jsm;
        this.inbox = new AoInbox(ao, clock);
        this.log = new AoInteractionLog(ao, clock);
        this.contacts = new AoContacts(ao, clock);
        this.account = new AoChannelAccounts(ao, java.time.Clock.systemUTC()).byId(accountId).orElseThrow();
        this.locks = new DatabaseLocks(ao.jdbcUrl(), user(ao), "");
    }

    static IntakeFixture on(TestDatabase db) {
        EntityManagerActiveObjects ao = db.connect();
        ao.migrateDestructively(ChannelAccountEntity.class, InteractionEntity.class, ContactEntity.class,
                IdentityEntity.class);
        long id = ao.create(ChannelAccountEntity.class,
                new DBParam("KIND", "mastodon"), new DBParam("NAME", "acme"),
                new DBParam("API_BASE_URL", "https://mastodon.example"), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 1), new DBParam("POLL_SECONDS", 60L),
                new DBParam("OWN_USER_ID", "1"), new DBParam("STATUS", "ACTIVE"), new DBParam("NEXT_POLL_AT", 0L),
                new DBParam("FAILURES", 0), new DBParam("INTAKE_USER_KEY", "socialdesk")).getID();
        MutableClock clock = new MutableClock(START);
        return new IntakeFixture(ao, clock, new SimulatedJsm(clock), id);
    }

    /** A second node: its own AO connection and locks, the same database and the same JSM. */
    IntakeFixture secondNode() {
        EntityManagerActiveObjects other = EntityManagerActiveObjects.connect(ao.jdbcUrl(), user(ao), "",
                "io.socialdesk");
        return new IntakeFixture(other, clock, jsm, account.id());
    }

    PendingRouter router() {
        return router(new SimulatedRequestDesk(jsm), log);
    }

    PendingRouter router(RequestDesk desk, InteractionLog interactionLog) {
        return new PendingRouter(interactionLog, contacts, desk, locks, RoutingSettings::defaults, clock);
    }

    void receive(InboundPost... posts) {
        inbox.record(account.id(), List.of(posts), Optional.empty());
    }

    static InboundPost post(String id, String authorId, String handle, String text, String inReplyTo) {
        return new InboundPost(id, PostKind.MENTION, text,
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle.substring(0, 1).toUpperCase() + handle.substring(1),
                        OptionalLong.of(100), Optional.empty()),
                START, Optional.empty(), Optional.ofNullable(inReplyTo), Optional.of("en"));
    }

    private static String user(EntityManagerActiveObjects ao) {
        return ao.jdbcUrl().startsWith("jdbc:postgresql") ? "postgres" : "sa";
    }

    @Override
    public void close() {
        ao.dispose();
    }
}
