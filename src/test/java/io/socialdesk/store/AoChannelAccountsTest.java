package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.TestDatabase;
import java.time.Instant;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoChannelAccountsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private EntityManagerActiveObjects ao;

    @AfterEach
    void disconnect() {
        if (ao != null) {
            ao.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAccountsDueAndNotDue_whenAskingWhatIsDue_thenOnlyActiveAccountsPastTheirTimeComeBack(TestDatabase db) {
        // given
        AoChannelAccounts accounts = store(db);
        long due = insert("due", AccountStatus.ACTIVE, NOW.minusSeconds(1));
        insert("later", AccountStatus.ACTIVE, NOW.plusSeconds(60));
        insert("revoked", AccountStatus.AUTH_FAILED, NOW.minusSeconds(60));

        // when
        var result = accounts.dueAt(NOW);

        // then
        assertThat(result).extracting(ChannelAccount::id).containsExactly(due);
        assertThat(result.get(0).apiBaseUrl()).contains(java.net.URI.create("https://mastodon.example"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAnAccount_whenRecordingHealth_thenItReadsBackExactly(TestDatabase db) {
        // given
        AoChannelAccounts accounts = store(db);
        long id = insert("acme", AccountStatus.ACTIVE, NOW);
        AccountHealth health = new AccountHealth(AccountStatus.AUTH_FAILED, Optional.of(NOW),
                Optional.of(NOW.minusSeconds(30)), Optional.of("401 from https://mastodon.example"),
                Optional.of(NOW.plusSeconds(300)), NOW.plusSeconds(900), 3,
                Optional.of("Mastodon's notification settings of this account ignore new accounts"));

        // when
        accounts.recordHealth(id, health);

        // then
        assertThat(accounts.byId(id)).get().extracting(ChannelAccount::health).isEqualTo(health);
        assertThat(accounts.dueAt(NOW.plusSeconds(3600))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenTheStore_whenMigrated_thenTablesCarryJirasPrefixForTheNamespace(TestDatabase db) {
        // when
        store(db);

        // then: md5("io.socialdesk") ends in the six hex digits of the prefix, as Jira names AO tables
        assertThat(ao.tableName(ChannelAccountEntity.class)).matches("AO_[0-9A-F]{6}_CHANNEL_ACCOUNT");
    }

    private AoChannelAccounts store(TestDatabase db) {
        ao = db.connect();
        ao.migrateDestructively(ChannelAccountEntity.class);
        return new AoChannelAccounts(ao, java.time.Clock.systemUTC());
    }

    private long insert(String name, AccountStatus status, Instant nextPoll) {
        return ao.create(ChannelAccountEntity.class,
                new DBParam("KIND", "mastodon"), new DBParam("NAME", name),
                new DBParam("API_BASE_URL", "https://mastodon.example"), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 2), new DBParam("POLL_SECONDS", 60L),
                new DBParam("STATUS", status.name()), new DBParam("NEXT_POLL_AT", nextPoll.toEpochMilli()),
                new DBParam("FAILURES", 0)).getID();
    }
}
