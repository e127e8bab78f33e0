package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake across a cluster: two complete SocialDesk nodes on the simulated Jira (the real jira adapters, each node
 * with its own connections and cluster locks, sharing one PostgreSQL, one Jira and the shared home) run the poll job
 * at the same moments against one Mastodon while customers keep posting.
 */
class TwoNodePollingTest {
    private static final int CUSTOMERS = 40;
    private static final int ROUNDS = 6;
    @TempDir
    Path home;

    @Test
    void givenTwoNodesPollingOneAccountAtOnce_whenCustomersKeepPosting_thenNothingIsLostOrDuplicated()
            throws Exception {
        // given
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        SimulatedJsm jsm = new SimulatedJsm(clock);
        EntityManagerActiveObjects first = TestDatabase.POSTGRESQL.connect();
        first.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        EntityManagerActiveObjects second = TestDatabase.Postgres.sameDatabaseAs(first);
        try (FakeMastodon mastodon = new FakeMastodon("token", clock);
             PluginNode one = PluginNode.start(jsm, first, home, clock);
             PluginNode two = PluginNode.start(jsm, second, home, clock)) {
            ChannelAccount account = one.get(AoChannelAccounts.class).create(AccountSettings.polled(
                    MastodonChannel.KIND, "acme", mastodon.baseUrl(), new RequestTarget(1, 1),
                    Duration.ofSeconds(60)), "socialdesk");
            one.get(CredentialStore.class).store(account.id(), new Credentials(Map.of("accessToken", "token")));
            PollCycle nodeA = one.get(PollCycle.class);
            PollCycle nodeB = two.get(PollCycle.class);
            ExecutorService threads = Executors.newFixedThreadPool(2);

            // when: every round, each customer posts (a thread reply from the second round on), then both nodes run
            List<String> posted = new ArrayList<>();
            List<String> firstPosts = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int c = 0; c < CUSTOMERS; c++) {
                    FakeMastodon.Account customer = new FakeMastodon.Account("c" + c, "customer" + c, "C " + c, c);
                    String id = mastodon.post(customer, "round " + round + " from customer " + c,
                            round == 0 ? null : firstPosts.get(c), false);
                    posted.add(id);
                    if (round == 0) {
                        firstPosts.add(id);
                    }
                }
                clock.advance(Duration.ofSeconds(61));
                CountDownLatch go = new CountDownLatch(1);
                Future<?> a = threads.submit(() -> {
                    go.await();
                    nodeA.run();
                    nodeA.awaitIdle(Duration.ofMinutes(1));
                    return null;
                });
                Future<?> b = threads.submit(() -> {
                    go.await();
                    nodeB.run();
                    nodeB.awaitIdle(Duration.ofMinutes(1));
                    return null;
                });
                go.countDown();
                a.get(2, TimeUnit.MINUTES);
                b.get(2, TimeUnit.MINUTES);
            }
            threads.shutdown();
            clock.advance(Duration.ofSeconds(61));
            nodeA.run(); // whatever a lock held elsewhere kept back in the last round
            assertThat(nodeA.awaitIdle(Duration.ofMinutes(1))).isTrue();

            // then: every post stored once and routed; one request per customer holding each later post once
            InteractionEntity[] rows = first.find(InteractionEntity.class, Query.select());
            assertThat(rows).extracting(InteractionEntity::getExternalId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(posted);
            assertThat(rows).extracting(InteractionEntity::getStatus).containsOnly("ROUTED");
            // 40 customers posting alike within a minute is also a surge: its incident is a request of its own
            assertThat(jsm.requests()).filteredOn(request -> request.summary().startsWith("Surge on "))
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(jsm.requests()).filteredOn(request -> !request.summary().startsWith("Surge on "))
                    .hasSize(CUSTOMERS).allSatisfy(request -> {
                assertThat(request.comments()).hasSize(ROUNDS - 1);
                assertThat(new HashSet<>(request.comments().stream().map(SimulatedJsm.Comment::body).toList()))
                        .hasSize(ROUNDS - 1);
            });
        } finally {
            second.dispose();
            first.dispose();
        }
    }
}
