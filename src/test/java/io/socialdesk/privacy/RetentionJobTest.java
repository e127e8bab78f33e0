package io.socialdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.admin.Settings;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoSettings;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention job on a two-node cluster sharing PostgreSQL: both nodes' schedulers tick at the same moment, the job
 * runs once, deletes what is older than the setting in batches, and keeps what is newer, still waiting, or a
 * customer's.
 */
class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final long TWO_YEARS_AGO = NOW.minus(Duration.ofDays(730)).toEpochMilli();
    private static final long LAST_WEEK = NOW.minus(Duration.ofDays(7)).toEpochMilli();
    private static final int OLD = 1_200; // more than two batches

    @TempDir
    Path home;
    private int next;

    @Test
    void givenTwelveMonthsRetentionOnTwoNodes_whenBothSchedulersTickAtOnce_thenOneRunDeletesExactlyTheOldRecords()
            throws Exception {
        // given
        MutableClock clock = new MutableClock(NOW);
        SimulatedJsm jsm = new SimulatedJsm(clock);
        EntityManagerActiveObjects first = TestDatabase.POSTGRESQL.connect();
        first.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        EntityManagerActiveObjects second = TestDatabase.Postgres.sameDatabaseAs(first);
        try (PluginNode one = PluginNode.start(jsm, first, home, clock);
             PluginNode two = PluginNode.start(jsm, second, home, clock)) {
            one.get(AoSettings.class).save(new Settings(Settings.defaults().routing(), "US", 12, "", Settings.defaults().surge(),
                    Settings.defaults().viral()));
            int gone = contact(first, null);       // only old interactions: the contact goes too
            int recent = contact(first, null);     // old and recent: keeps the recent ones
            int customer = contact(first, "jane"); // a Jira customer's contact stays, even when emptied
            for (int i = 0; i < OLD; i++) {
                interaction(first, i % 3 == 0 ? gone : i % 3 == 1 ? recent : customer, TWO_YEARS_AGO, false);
            }
            int kept = interaction(first, recent, LAST_WEEK, false);
            int waiting = interaction(first, recent, TWO_YEARS_AGO, true);

            // when
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            for (PluginNode node : new PluginNode[] {one, two}) {
                threads.submit(() -> {
                    start.await();
                    node.host().scheduler().runDue(Duration.ofHours(1));
                    return null;
                });
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            // then: one run, audited once with what it did
            var runs = Stream.concat(one.host().auditLog().stream(), two.host().auditLog().stream())
                    .filter(e -> e.getActionI18nKey().equals("socialdesk.audit.retention.applied")).toList();
            assertThat(runs).singleElement().satisfies(run -> {
                Map<String, String> attributes = new HashMap<>();
                run.getExtraAttributes().forEach(a -> attributes.put(a.getNameI18nKey(), a.getValue()));
                assertThat(attributes).containsEntry("socialdesk.audit.attr.interactions", "" + OLD)
                        .containsEntry("socialdesk.audit.attr.contacts", "1");
            });
            assertThat(first.find(InteractionEntity.class, Query.select()))
                    .extracting(InteractionEntity::getID).containsExactlyInAnyOrder(kept, waiting);
            assertThat(first.get(ContactEntity.class, gone)).isNull();
            assertThat(first.find(IdentityEntity.class, "CONTACT_ID = ?", gone)).isEmpty();
            assertThat(first.get(ContactEntity.class, recent)).isNotNull();
            assertThat(first.get(ContactEntity.class, customer)).isNotNull();
        }
    }

    private int contact(EntityManagerActiveObjects ao, String customerKey) {
        ContactEntity contact = ao.create(ContactEntity.class, new DBParam("DISPLAY_NAME", "C" + next),
                new DBParam("CUSTOMER_KEY", customerKey), new DBParam("CREATED_AT", TWO_YEARS_AGO));
        ao.create(IdentityEntity.class, new DBParam("IDENTITY_KEY", "mastodon:h:" + next++),
                new DBParam("CONTACT_ID", contact.getID()), new DBParam("KIND", "MASTODON"),
                new DBParam("EXTERNAL_USER_ID", "" + next));
        return contact.getID();
    }

    private int interaction(EntityManagerActiveObjects ao, int contactId, long occurredAt, boolean pending) {
        Map<String, Object> row = new HashMap<>();
        int id = next++;
        row.put("DEDUPE_KEY", "1:" + id);
        row.put("ACCOUNT_ID", 1);
        row.put("EXTERNAL_ID", "" + id);
        row.put("DIRECTION", "INBOUND");
        row.put("KIND", "MENTION");
        row.put("BODY", "post " + id);
        row.put("OCCURRED_AT", occurredAt);
        row.put("RECEIVED_AT", occurredAt);
        row.put("STATUS", (pending ? RoutingStatus.RECEIVED : RoutingStatus.ROUTED).name());
        row.put("CONTACT_ID", contactId);
        if (pending) {
            row.put("PENDING_FOR", 1);
        }
        return ao.create(InteractionEntity.class, row).getID();
    }
}
