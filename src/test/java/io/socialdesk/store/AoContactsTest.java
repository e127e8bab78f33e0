package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.MigratedDatabases;
import io.socialdesk.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contact reads routing makes once per batch, and the indexes routing's per-customer reads rely on. */
class AoContactsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final ChannelKind MASTODON = ChannelKind.fromKey("mastodon").orElseThrow();
    @RegisterExtension
    final MigratedDatabases databases = new MigratedDatabases();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenKnownAndNewAuthors_whenTheirHoldersAreRead_thenKnownOnesMapToTheirContactAndNothingIsCreated(
            TestDatabase db) {
        // given: Jane posts on Mastodon; Bob posted and phoned and his two contacts were merged into one
        EntityManagerActiveObjects ao = migrated(db);
        AoContacts contacts = new AoContacts(ao, CLOCK);
        IdentityRef jane = new IdentityRef(MASTODON, "mastodon.example", "1");
        IdentityRef bobPosting = new IdentityRef(MASTODON, "mastodon.example", "2");
        IdentityRef bobPhoning = IdentityRef.global(ChannelKind.PHONE, "+14155550100");
        IdentityRef newcomer = new IdentityRef(MASTODON, "mastodon.example", "3");
        Contact janeContact = contacts.identify(jane, author("1", "jane"));
        Contact bob = contacts.identify(bobPosting, author("2", "bob"));
        Contact bobOnThePhone = contacts.identify(bobPhoning, author("+14155550100", ""));
        contacts.merge(bobOnThePhone.id(), bob.id());

        // when
        Map<IdentityRef, Contact> holders = contacts.holdersOf(List.of(jane, bobPosting, bobPhoning, newcomer));

        // then
        assertThat(holders).containsOnly(Map.entry(jane, janeContact), Map.entry(bobPosting, bob),
                Map.entry(bobPhoning, bob));
        assertThat(contacts.holderOf(newcomer)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenCustomersWithAndWithoutAPhoneNumber_whenAskedWhoPhones_thenOnlyThoseWithOneAreNamed(TestDatabase db) {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        AoContacts contacts = new AoContacts(ao, CLOCK);
        Contact jane = contacts.identify(new IdentityRef(MASTODON, "mastodon.example", "1"), author("1", "jane"));
        Contact caller = contacts.identify(IdentityRef.global(ChannelKind.PHONE, "+14155550100"),
                author("+14155550100", ""));

        // when
        var phoning = contacts.withIdentity(List.of(jane.id(), caller.id()), ChannelKind.PHONE);

        // then: the same answer as asking one by one
        assertThat(phoning).containsExactly(caller.id());
        assertThat(contacts.hasIdentity(jane.id(), ChannelKind.PHONE)).isFalse();
        assertThat(contacts.withIdentity(List.of(), ChannelKind.PHONE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenTheMigratedSchema_whenItsIndexesAreListed_thenCustomerAndRequestAreIndexedWithTheTime(TestDatabase db)
            throws SQLException {
        // given
        EntityManagerActiveObjects ao = migrated(db);

        // when
        Map<String, List<String>> indexes = indexes(ao, ao.tableName(InteractionEntity.class));

        // then: routing's newest-first reads walk these instead of sorting a customer's whole history, and a
        // request's inbound posts are counted from an index
        assertThat(indexes.values()).contains(List.of("CONTACT_ID", "OCCURRED_AT"),
                List.of("ISSUE_ID", "OCCURRED_AT"), List.of("CONVERSATION_ID", "OCCURRED_AT"),
                List.of("ISSUE_ID", "DIRECTION", "OCCURRED_AT"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenATableFromBeforeTheInboundIndex_whenThePluginStartsAgain_thenMigrationAddsItAndKeepsTheRows(
            TestDatabase db) throws SQLException {
        // given: an installation of the version before, whose interaction table has no (request, direction, time)
        // index, with a post stored
        EntityManagerActiveObjects ao = migrated(db);
        String table = ao.tableName(InteractionEntity.class);
        String before = indexes(ao, table).entrySet().stream()
                .filter(index -> index.getValue().equals(List.of("ISSUE_ID", "DIRECTION", "OCCURRED_AT")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        try (Connection connection = TestDatabase.jdbc(ao); var statement = connection.createStatement()) {
            statement.execute("DROP INDEX " + (db == TestDatabase.POSTGRESQL ? "\"" + before + "\"" : before));
        }
        ao.create(InteractionEntity.class, Map.<String, Object>of("DEDUPE_KEY", "mastodon:p1", "ACCOUNT_ID", 1,
                "CHANNEL", "mastodon", "EXTERNAL_ID", "p1", "DIRECTION", "INBOUND", "KIND", "MENTION", "BODY",
                "late order", "OCCURRED_AT", 0L, "RECEIVED_AT", 0L, "STATUS", "RECEIVED"));
        assertThat(indexes(ao, table).values()).doesNotContain(List.of("ISSUE_ID", "DIRECTION", "OCCURRED_AT"));

        // when: Active Objects migrates the schema as it does when an updated plugin starts
        ao.migrate(ContactEntity.class, IdentityEntity.class, InteractionEntity.class, PipelineMarkEntity.class,
                RejectionEntity.class);

        // then
        assertThat(indexes(ao, table).values()).contains(List.of("ISSUE_ID", "DIRECTION", "OCCURRED_AT"));
        assertThat(ao.count(InteractionEntity.class, net.java.ao.Query.select())).isEqualTo(1);
    }

    /** Index name to its columns in order, as the database's own catalogue lists them. */
    private static Map<String, List<String>> indexes(EntityManagerActiveObjects ao, String table)
            throws SQLException {
        Map<String, TreeMap<Short, String>> columns = new TreeMap<>();
        try (Connection connection = TestDatabase.jdbc(ao)) {
            for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
                try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rows.next()) {
                        columns.computeIfAbsent(rows.getString("INDEX_NAME"), n -> new TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        Map<String, List<String>> indexes = new TreeMap<>();
        columns.forEach((name, ordered) -> indexes.put(name, List.copyOf(ordered.values())));
        return indexes;
    }

    private EntityManagerActiveObjects migrated(TestDatabase db) {
        return databases.connect(db, ContactEntity.class, IdentityEntity.class, InteractionEntity.class,
                PipelineMarkEntity.class, RejectionEntity.class);
    }

    private static Author author(String id, String handle) {
        return new Author(id, handle, handle, OptionalLong.empty(), Optional.empty());
    }
}
