package io.socialdesk.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin disables and enables the app (or upgrades it) many times on a node that runs for months: each time the
 * plugin's threads and connections must go with it, or a node leaks a pool and an HTTP client per cycle.
 */
class PluginLifecycleTest {
    private static final int CYCLES = 20;
    private static final Duration SETTLE = Duration.ofSeconds(15);
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final FakeMastodon network = new FakeMastodon("token", clock);
    private EntityManagerActiveObjects ao;

    @BeforeEach
    void connect() {
        ao = TestDatabase.HSQLDB.connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
    }

    @AfterEach
    void disconnect() {
        network.close();
        ao.dispose();
    }

    @Test
    void givenTwentyEnableDisableCycles_whenEachPolledAnAccount_thenNoPluginThreadOrSocketOutlivesItsCycle()
            throws Exception {
        // given: the host's own threads and sockets before the plugin was ever enabled
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")),
                "counting open sockets needs Linux's /proc");
        SimulatedJsm jsm = new SimulatedJsm(clock);
        int socketsBefore = openSockets();
        java.util.Set<Thread> before = java.util.Set.copyOf(Thread.getAllStackTraces().keySet());
        long accountId = -1;

        // when: each cycle enables the plugin, polls a post in through the real HTTP client, and disables it
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            network.post(new FakeMastodon.Account(String.valueOf(100 + cycle), "fan" + cycle, "Fan", 10),
                    "@acme cycle " + cycle, null, false);
            PluginNode node = PluginNode.start(jsm, ao, home, clock);
            try {
                if (accountId < 0) {
                    accountId = account(node);
                }
                node.get(PollCycle.class).run();
                assertThat(node.get(PollCycle.class).awaitIdle(Duration.ofMinutes(1))).isTrue();
            } finally {
                node.close();
            }
            clock.advance(Duration.ofMinutes(2)); // the account is due again in the next cycle
        }

        // then: every cycle really polled, and nothing of any cycle is left running or connected
        assertThat(ao.count(InteractionEntity.class, net.java.ao.Query.select())).isEqualTo(CYCLES);
        awaitSettled(socketsBefore, before);
        assertThat(pluginThreads(before)).isEmpty();
        assertThat(openSockets()).isLessThanOrEqualTo(socketsBefore);
    }

    private long account(PluginNode node) {
        ChannelAccount account = node.get(AoChannelAccounts.class).create(AccountSettings.polled(MastodonChannel.KIND,
                "acme", network.baseUrl(), new RequestTarget(1, 1), Duration.ofSeconds(60)), "socialdesk");
        node.get(CredentialStore.class).store(account.id(), new Credentials(Map.of("accessToken", "token")));
        return account.id();
    }

    /** Threads end a moment after being interrupted and a peer notices a closed socket a moment later: wait a bit. */
    private void awaitSettled(int socketsBefore, java.util.Set<Thread> before) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline && (!pluginThreads(before).isEmpty() || openSockets() > socketsBefore)) {
            Thread.sleep(100);
        }
    }

    /**
     * The plugin's own threads and the JDK HTTP client's selector and worker threads started since {@code before}
     * (earlier tests in this JVM may have left their own).
     */
    private static List<String> pluginThreads(java.util.Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> !before.contains(thread)).map(Thread::getName)
                .filter(name -> name.startsWith("socialdesk-") || name.startsWith("HttpClient-")).toList();
    }

    private static int openSockets() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return (int) descriptors.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                    return false; // closed while listing
                }
            }).count();
        }
    }
}
