package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.registry.InstalledChannels;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoCredentialStore;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.FileCredentialKey;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountPollerTest {
    private static final String TOKEN = "token";
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final FakeMastodon mastodon = new FakeMastodon(TOKEN, clock);
    private EntityManagerActiveObjects ao;

    @AfterEach
    void close() {
        mastodon.close();
        ao.dispose();
    }

    @Test
    void givenABurstOfTenThousandMentions_whenPolled_thenAllAreStoredOnceInBoundedRunsAndTheAccountStaysDue() {
        // given
        FakeMastodon.Account fan = new FakeMastodon.Account("5", "fan", "Fan", 10);
        for (int i = 0; i < 10_000; i++) {
            mastodon.post(fan, "mention " + i, null, false);
        }
        AoChannelAccounts accounts = new AoChannelAccounts(connect(), clock);
        AccountPoller poller = poller(accounts);
        long id = account(accounts, TOKEN);

        // when
        int runs = 0;
        long requestsBefore;
        do {
            requestsBefore = mastodon.requestCount();
            poller.poll(accounts.byId(id).orElseThrow());
            runs++;
            // then: no run reads more than MAX_PAGES pages, so memory and lock time stay bounded
            assertThat(mastodon.requestCount() - requestsBefore).isLessThanOrEqualTo(AccountPoller.MAX_PAGES);
        } while (accounts.byId(id).orElseThrow().health().isDue(clock.instant()) && runs < 20);

        // then
        assertThat(ao.count(InteractionEntity.class, Query.select())).isEqualTo(10_000);
        assertThat(runs).isEqualTo(11); // 250 pages of 40, 25 per run, then one run finding nothing new
        ChannelAccount after = accounts.byId(id).orElseThrow();
        assertThat(after.cursor()).contains("34985000");
        assertThat(after.health().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(after.health().nextPollAt()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void givenARevokedToken_whenPolled_thenTheAccountStopsWithAuthFailedAndNothingIsStored() {
        // given
        mastodon.post(new FakeMastodon.Account("5", "fan", "Fan", 10), "hello", null, false);
        AoChannelAccounts accounts = new AoChannelAccounts(connect(), clock);
        long id = account(accounts, "revoked-token");

        // when
        poller(accounts).poll(accounts.byId(id).orElseThrow());

        // then
        ChannelAccount after = accounts.byId(id).orElseThrow();
        assertThat(after.health().status()).isEqualTo(AccountStatus.AUTH_FAILED);
        assertThat(after.health().lastError()).get().asString().contains("401");
        assertThat(after.health().isDue(clock.instant().plus(Duration.ofDays(1)))).isFalse();
        assertThat(ao.count(InteractionEntity.class, Query.select())).isZero();
    }

    private EntityManagerActiveObjects connect() {
        ao = TestDatabase.HSQLDB.connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        return ao;
    }

    private AccountPoller poller(AoChannelAccounts accounts) {
        return new AccountPoller(accounts, new InstalledChannels(clock, () -> ""), credentials(), new AoInbox(ao, clock),
                new HealthPolicy(() -> 0.5), clock);
    }

    private AoCredentialStore credentials() {
        return new AoCredentialStore(ao, new FileCredentialKey(home.resolve("key")));
    }

    private long account(AoChannelAccounts accounts, String token) {
        ChannelAccount account = accounts.create(AccountSettings.polled(MastodonChannel.KIND, "acme",
                mastodon.baseUrl(), new RequestTarget(1, 1), Duration.ofSeconds(60)),
                "socialdesk");
        credentials().store(account.id(), new Credentials(Map.of("accessToken", token)));
        return account.id();
    }
}
