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
import io.socialdesk.store.ChannelAccountEntity;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.store.SettingEntity;
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
        ao.migrateDestructively(ChannelAccountEntity.class, InteractionEntity.class, ContactEntity.class,
                IdentityEntity.class, SettingEntity.class);
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

        // then: the healthy account's post is recorded while the other account's request is still unanswered
        try {
            assertThat(awaitRecorded(fine)).as("recorded while the other network hangs").isTrue();
            assertThat(hanging.requests()).hasSize(1);
            assertThat(recorded(stuck)).isZero();
            assertThat(run).isNotDone();
        } finally {
            release.run();
        }
        run.get(1, TimeUnit.MINUTES);
    }

    private long account(String name, URI url) {
        ChannelAccount account = node.get(AoChannelAccounts.class).create(AccountSettings.polled(MastodonChannel.KIND,
                name, url, new RequestTarget(1, 1), Duration.ofSeconds(60)), "socialdesk");
        node.get(CredentialStore.class).store(account.id(), new Credentials(Map.of("accessToken", TOKEN)));
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
