package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The intake job runs every 15 s on one node of the cluster; a desk with many quiet accounts must not pay for each of
 * them on every run. Counted statement by statement (AO's SQL listener), not timed.
 */
class IdleAccountsTest {
    private static final int ACCOUNTS = 10;
    private static final Duration RUN_EVERY = Duration.ofSeconds(15);
    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenTenAccountsPolledAMomentAgoWithNothingPending_whenTheJobRuns_thenTheRunCostsOneStatementInAll(
            TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        EntityManagerActiveObjects ao = db.connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
        try (FakeMastodon network = new FakeMastodon("token", clock);
             PluginNode node = PluginNode.start(new SimulatedJsm(clock), ao, home, clock)) {
            // given: nine accounts polled (nothing new on their network) every minute, and a phone line
            for (int i = 0; i < ACCOUNTS - 1; i++) {
                account(node, "quiet-" + i, network);
            }
            node.get(AoChannelAccounts.class).create(new AccountSettings(io.socialdesk.channel.ChannelKind.PHONE,
                    "Hotline", java.util.Optional.empty(), new RequestTarget(1, 1), java.util.Optional.empty(), true,
                    java.util.Optional.empty()), "socialdesk");
            PollCycle cycle = node.get(PollCycle.class);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();
            List<String> statements = new ArrayList<>();
            ao.listenToSql(sql -> statements.add(sql.toUpperCase(Locale.ROOT)));

            // when: the job's next run, 15 s later, when no account is due
            clock.advance(RUN_EVERY);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();

            // then
            assertThat(statements).as("statements of a run with %d idle accounts", ACCOUNTS).hasSize(1);
        } finally {
            ao.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPostJsmCouldNotTake_whenJsmIsBackBeforeTheNextPoll_thenTheNextRunRoutesIt(TestDatabase db)
            throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        EntityManagerActiveObjects ao = db.connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
        SimulatedJsm jsm = new SimulatedJsm(clock);
        try (FakeMastodon network = new FakeMastodon("token", clock);
             PluginNode node = PluginNode.start(jsm, ao, home, clock)) {
            // given: a post recorded by a poll while JSM was disabled, so it is still pending
            long id = account(node, "acme", network);
            network.post(new FakeMastodon.Account("7", "fan", "Fan", 10), "@acme my order is late", null, false);
            node.host().jsmEnabled(false);
            PollCycle cycle = node.get(PollCycle.class);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();
            assertThat(node.get(InteractionLog.class).pendingCount(id)).isEqualTo(1);

            // when: JSM is back, and the job runs 15 s later, 45 s before the account's next poll
            node.host().jsmEnabled(true);
            clock.advance(RUN_EVERY);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();

            // then
            assertThat(node.get(InteractionLog.class).pendingCount(id)).isZero();
            assertThat(jsm.requests()).hasSize(1);
        } finally {
            ao.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAVisitThatDiedHalfWay_whenItsLeaseEnds_thenTheNextRunDoesItsWork(TestDatabase db) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
        EntityManagerActiveObjects ao = db.connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
        SimulatedJsm jsm = new SimulatedJsm(clock);
        try (FakeMastodon network = new FakeMastodon("token", clock);
             PluginNode node = PluginNode.start(jsm, ao, home, clock)) {
            // given: a pending post, and a visit that began (its wake cleared, its lease set) and died
            long id = account(node, "acme", network);
            network.post(new FakeMastodon.Account("7", "fan", "Fan", 10), "@acme my order is late", null, false);
            node.host().jsmEnabled(false);
            PollCycle cycle = node.get(PollCycle.class);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();
            node.host().jsmEnabled(true);
            AccountVisits visits = node.get(AccountVisits.class);
            assertThat(visits.begin(id, clock.instant(), clock.instant().plus(AccountVisit.LEASE),
                    List.of(MastodonChannel.KIND))).isPresent();

            // when: runs within the lease leave it to the dead visit; the first run after the lease does not
            clock.advance(RUN_EVERY);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();
            int pendingWithinLease = node.get(InteractionLog.class).pendingCount(id);
            clock.advance(AccountVisit.LEASE);
            cycle.run();
            assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();

            // then
            assertThat(pendingWithinLease).isEqualTo(1);
            assertThat(node.get(InteractionLog.class).pendingCount(id)).isZero();
            assertThat(jsm.requests()).hasSize(1);
        } finally {
            ao.dispose();
        }
    }

    private static long account(PluginNode node, String name, FakeMastodon network) {
        ChannelAccount account = node.get(AoChannelAccounts.class).create(AccountSettings.polled(MastodonChannel.KIND,
                name, network.baseUrl(), new RequestTarget(1, 1), Duration.ofSeconds(60)), "socialdesk");
        node.get(CredentialStore.class).store(account.id(), new Credentials(Map.of("accessToken", "token")));
        return account.id();
    }
}
