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
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollCycleTest {
    private static final String TOKEN = "token";
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final FakeMastodon healthy = new FakeMastodon(TOKEN, clock);
    private final FakeHttpServer hanging = new FakeHttpServer();
    private EntityManagerActiveObjects ao;
    private PluginNode node;

    @BeforeEach
    void start() {
        ao = TestDatabase.HSQLDB.connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        node = PluginNode.start(new SimulatedJsm(clock), ao, home, clock);
    }

    @AfterEach
    void stop() throws InterruptedException {
        hanging.close();
        healthy.close();
        node.close();
        ao.dispose();
    }

    @Test
    void givenAnAccountWhoseServerHangs_whenTheJobRuns_thenAnotherDueAccountIsPolledMeanwhile() throws Exception {
        // given: the hanging account comes first, as a sequential run would visit it
        long stuck = account("stuck", hanging.baseUrl());
        long fine = account("fine", healthy.baseUrl());
        healthy.post(new FakeMastodon.Account("5", "fan", "Fan", 10), "@acme hello", null, false);
        Runnable release = hanging.hold();

        // when
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> node.get(PollCycle.class).run());

        // then: the healthy account's post is recorded while the other account's request is still unanswered, and
        // the run ends without waiting for it; the next run leaves the account in flight alone
        try {
            assertThat(awaitRecorded(fine)).as("recorded while the other network hangs").isTrue();
            run.get(30, TimeUnit.SECONDS);
            node.get(PollCycle.class).run();
            assertThat(hanging.requests()).hasSize(1);
            assertThat(recorded(stuck)).isZero();
        } finally {
            release.run();
        }
        assertThat(node.get(PollCycle.class).awaitIdle(Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void givenNoThreadForARun_whenTheNextRunHasOne_thenTheAccountIsPolledThen() throws Exception {
        // given: the first run cannot get its pool (the host refused a thread), the second can
        long fine = account("fine", healthy.baseUrl());
        healthy.post(new FakeMastodon.Account("5", "fan", "Fan", 10), "@acme hello", null, false);
        JobThreads real = node.get(JobThreads.class);
        java.util.concurrent.atomic.AtomicBoolean refuse = new java.util.concurrent.atomic.AtomicBoolean(true);
        JobThreads flaky = (threads, name) -> {
            if (refuse.getAndSet(false)) {
                throw new IllegalStateException("no thread for " + name);
            }
            return real.pool(threads, name);
        };
        PollCycle cycle = new PollCycle(node.get(AccountVisits.class), node.get(ClusterLocks.class),
                node.get(AccountVisit.class), node.get(io.socialdesk.channel.ChannelCatalog.class), flaky, clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(cycle::run).hasMessageContaining("no thread");

        // when
        cycle.run();

        // then: the failed run left nothing looking busy
        assertThat(cycle.awaitIdle(Duration.ofMinutes(1))).isTrue();
        assertThat(recorded(fine)).isEqualTo(1);
    }

    @Test
    void givenTwentyAccountsOfWhichOneNeverAnswers_whenTheJobRunsOnItsSchedule_thenTheOthersRecordWithinTheirIntervalPlusOneSecond()
            throws Exception {
        // given: real time, accounts polled every two seconds, the job started every 100 ms as a scheduler would;
        // the hanging account comes first, so a run waiting for it would hold every other account back
        PluginNode live = PluginNode.start(new SimulatedJsm(java.time.Clock.systemUTC()), ao, home.resolve("live"),
                java.time.Clock.systemUTC());
        FakeMastodon network = new FakeMastodon(TOKEN, java.time.Clock.systemUTC());
        Duration interval = Duration.ofSeconds(2);
        account(live, "stuck", hanging.baseUrl(), interval);
        java.util.List<Long> others = new java.util.ArrayList<>();
        for (int i = 1; i < 20; i++) {
            others.add(account(live, "fine-" + i, network.baseUrl(), interval));
        }
        Runnable release = hanging.hold();
        java.util.concurrent.ScheduledExecutorService scheduler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleWithFixedDelay(() -> live.get(PollCycle.class).run(), 0, 100, TimeUnit.MILLISECONDS);
        try {
            Thread.sleep(interval.toMillis() + 500); // every account has been polled once; the stuck one hangs

            // when
            long posted = System.nanoTime();
            network.post(new FakeMastodon.Account("5", "fan", "Fan", 10), "@acme is anyone there?", null, false);

            // then
            Map<Long, Long> latency = new java.util.HashMap<>();
            long deadline = posted + TimeUnit.SECONDS.toNanos(30);
            while (latency.size() < others.size() && System.nanoTime() < deadline) {
                for (long id : others) {
                    if (!latency.containsKey(id) && recorded(id) > 0) {
                        latency.put(id, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted));
                    }
                }
                Thread.sleep(20);
            }
            assertThat(latency).as("every healthy account recorded the post").hasSize(others.size());
            assertThat(latency.values()).as("post → recorded, in ms, per account: %s", latency)
                    .allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(interval.toMillis() + 1_000));
            assertThat(hanging.requests()).as("the stuck account is not asked again while in flight").hasSize(1);
        } finally {
            scheduler.shutdownNow();
            scheduler.awaitTermination(1, TimeUnit.MINUTES);
            release.run();
            assertThat(live.get(PollCycle.class).awaitIdle(Duration.ofMinutes(1))).isTrue();
            network.close();
            live.close();
        }
    }

    private long account(String name, URI url) {
        return account(node, name, url, Duration.ofSeconds(60));
    }

    private static long account(PluginNode on, String name, URI url, Duration interval) {
        ChannelAccount account = on.get(AoChannelAccounts.class).create(AccountSettings.polled(MastodonChannel.KIND,
                name, url, new RequestTarget(1, 1), interval), "socialdesk");
        on.get(CredentialStore.class).store(account.id(), new Credentials(Map.of("accessToken", TOKEN)));
        return account.id();
    }

    /** Waits a bounded time for the account's first post; a sequential run would keep it waiting for a minute. */
    private boolean awaitRecorded(long accountId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (recorded(accountId) > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private int recorded(long accountId) {
        return ao.count(InteractionEntity.class, Query.select().where("ACCOUNT_ID = ?", (int) accountId));
    }
}
