package io.socialdesk.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.sandbox.ao.AoUpgrades;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The model version 2 upgrade on a database SocialDesk 1.x wrote, and on a fresh install. */
class TypedInteractionsTest {
    private static final List<String> TASKS = List.of(TypedInteractions.class.getName());
    private EntityManagerActiveObjects ao;

    @AfterEach
    void disconnect() {
        if (ao != null) {
            ao.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenVersionOneData_whenUpgraded_thenEveryRowHasItsChannelAndMastodonIdentitiesTheirInstance(TestDatabase db) {
        // given: the tables and rows 1.x wrote (a phone line had a placeholder URL in a NOT NULL column)
        ao = db.connect();
        ao.migrateDestructively(io.socialdesk.store.upgrade.v1.ChannelAccountEntity.class,
                io.socialdesk.store.upgrade.v1.InteractionEntity.class, ContactEntity.class, IdentityEntity.class);
        int mastodon = account("mastodon", "https://social.example");
        int phone = account("phone", "https://api.twilio.com/");
        interaction(mastodon, "m-1", "MENTION", "109");
        interaction(phone, "c-1", "CALL", "+14155550100");
        identity("mastodon:109", "mastodon", "109");
        identity("phone:+14155550100", "phone", "+14155550100");
        identity("mastodon:110", "mastodon", "110"); // an author whose posts are all gone: host unknown

        // when: AO runs it, and again as after a failure part-way
        ModelVersion reached = AoUpgrades.run(TASKS, ModelVersion.valueOf(null), ao);
        new TypedInteractions().upgrade(reached, ao);

        // then
        assertThat(reached.toString()).isEqualTo("2");
        assertThat(channels()).containsExactlyInAnyOrderEntriesOf(Map.of("m-1", "mastodon", "c-1", "phone"));
        assertThat(identityKeys()).containsExactlyInAnyOrder("mastodon:social.example:109", "phone:+14155550100",
                "mastodon:110");
        AoChannelAccounts accounts = new AoChannelAccounts(ao, Clock.systemUTC());
        assertThat(accounts.byId(phone).orElseThrow().apiBaseUrl()).isEmpty();
        assertThat(accounts.byId(phone).orElseThrow().pollInterval()).isEmpty();
        ChannelAccount line = accounts.create(new AccountSettings(ChannelKind.PHONE, "Second line", Optional.empty(),
                new RequestTarget(1, 1), Optional.empty(), true, Optional.empty()), "socialdesk");
        assertThat(accounts.byId(line.id()).orElseThrow().apiBaseUrl()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAFreshInstall_whenUpgraded_thenTheEmptyTablesAreCreatedAndNothingFails(TestDatabase db) {
        // given
        ao = db.connect();

        // when
        ModelVersion reached = AoUpgrades.run(TASKS, ModelVersion.valueOf(null), ao);

        // then
        assertThat(reached.toString()).isEqualTo("2");
        assertThat(ao.count(InteractionEntity.class, Query.select())).isZero();
        assertThat(AoUpgrades.run(TASKS, reached, ao)).isEqualTo(reached);
    }

    private int account(String kind, String url) {
        return ao.create(io.socialdesk.store.upgrade.v1.ChannelAccountEntity.class, new DBParam("KIND", kind),
                new DBParam("NAME", kind), new DBParam("API_BASE_URL", url), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 1), new DBParam("POLL_SECONDS", 60L), new DBParam("STATUS", "ACTIVE"),
                new DBParam("NEXT_POLL_AT", 0L), new DBParam("FAILURES", 0),
                new DBParam("INTAKE_USER_KEY", "socialdesk")).getID();
    }

    private void interaction(int account, String externalId, String kind, String authorId) {
        ao.create(io.socialdesk.store.upgrade.v1.InteractionEntity.class,
                new DBParam("DEDUPE_KEY", account + ":" + externalId), new DBParam("ACCOUNT_ID", account),
                new DBParam("EXTERNAL_ID", externalId), new DBParam("DIRECTION", "INBOUND"),
                new DBParam("KIND", kind), new DBParam("AUTHOR_ID", authorId), new DBParam("OCCURRED_AT", 0L),
                new DBParam("RECEIVED_AT", 0L), new DBParam("STATUS", "ROUTED"));
    }

    private void identity(String key, String kind, String externalUserId) {
        ao.create(IdentityEntity.class, new DBParam("IDENTITY_KEY", key), new DBParam("CONTACT_ID", 1),
                new DBParam("KIND", kind), new DBParam("EXTERNAL_USER_ID", externalUserId));
    }

    private Map<String, String> channels() {
        return Arrays.stream(ao.find(InteractionEntity.class, Query.select()))
                .collect(java.util.stream.Collectors.toMap(InteractionEntity::getExternalId,
                        InteractionEntity::getChannel));
    }

    private List<String> identityKeys() {
        return Arrays.stream(ao.find(IdentityEntity.class, Query.select())).map(IdentityEntity::getIdentityKey)
                .toList();
    }
}
