package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.privacy.ContactRecords;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The privacy store's own SQL (case-insensitive search with literal wildcards, erasure) on HSQLDB and PostgreSQL. */
class AoContactRecordsTest {
    private EntityManagerActiveObjects ao;

    @AfterEach
    void disconnect() {
        if (ao != null) {
            ao.dispose();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenContacts_whenSearching_thenNameHandleNumberAndCustomerMatchCaseInsensitivelyAndWildcardsAreLiteral(
            TestDatabase db) {
        // given
        AoContactRecords records = store(db);
        int jane = contact("Jane Customer", "jane@customer.example");
        identity(jane, "x:42", "jane_c", "Jane C.");
        int caller = contact("+4930123456", null);
        identity(caller, "phone:+4930123456", "+4930123456", "");
        int other = contact("Janet", null);
        identity(other, "x:43", "janeXc", "");

        // when / then
        assertThat(records.find("JANE_C", 20)).extracting(ContactRecords.Found::contactId).containsExactly((long) jane);
        assertThat(records.find("customer.EXAMPLE", 20)).extracting(ContactRecords.Found::contactId)
                .containsExactly((long) jane);
        assertThat(records.find("+4930123456", 20)).extracting(ContactRecords.Found::contactId)
                .containsExactly((long) caller);
        assertThat(records.find("jane", 20)).extracting(ContactRecords.Found::contactId)
                .containsExactly((long) other, (long) jane);
        assertThat(records.find("%", 20)).isEmpty();
        assertThat(records.find("jane", 20).get(1).identities()).singleElement()
                .satisfies(i -> assertThat(i.handle()).isEqualTo("jane_c"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAContactWithTextAndIdentities_whenErased_thenTextsAndIdentitiesGoAndRowsStay(TestDatabase db) {
        // given
        AoContactRecords records = store(db);
        int jane = contact("Jane Customer", "jane@customer.example");
        identity(jane, "x:42", "jane_c", "Jane C.");
        int post = interaction(jane, "my card was charged twice");

        // when
        boolean erased = records.erase(jane, "Erased contact");

        // then
        assertThat(erased).isTrue();
        assertThat(records.erase(999_999, "Erased contact")).isFalse();
        var export = records.export(jane).orElseThrow();
        assertThat(export.displayName()).isEqualTo("Erased contact");
        assertThat(export.customerKey()).isEmpty();
        assertThat(export.identities()).isEmpty();
        assertThat(export.interactions()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(post);
            assertThat(e.text()).isEmpty();
            assertThat(e.authorHandle()).isEmpty();
            assertThat(e.url()).isEmpty();
        });
    }

    private AoContactRecords store(TestDatabase db) {
        ao = db.connect();
        // every table: erasure and retention reach into the surge, viral and move tables too
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        return new AoContactRecords(ao, java.time.Clock.systemUTC());
    }

    private int contact(String name, String customer) {
        return ao.create(ContactEntity.class, new DBParam("DISPLAY_NAME", name), new DBParam("CUSTOMER_KEY", customer),
                new DBParam("CREATED_AT", 0L)).getID();
    }

    private void identity(int contact, String key, String handle, String name) {
        ao.create(IdentityEntity.class, new DBParam("IDENTITY_KEY", key), new DBParam("CONTACT_ID", contact),
                new DBParam("KIND", key.substring(0, key.indexOf(':')).toUpperCase()),
                new DBParam("EXTERNAL_USER_ID", key.substring(key.indexOf(':') + 1)), new DBParam("HANDLE", handle),
                new DBParam("DISPLAY_NAME", name));
    }

    private int interaction(int contact, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", "1:p1");
        row.put("ACCOUNT_ID", 1);
        row.put("EXTERNAL_ID", "p1");
        row.put("DIRECTION", "INBOUND");
        row.put("KIND", "MENTION");
        row.put("BODY", text);
        row.put("URL", "https://x.example/p1");
        row.put("AUTHOR_HANDLE", "jane_c");
        row.put("STATUS", "ROUTED");
        row.put("CONTACT_ID", contact);
        return ao.create(InteractionEntity.class, row).getID();
    }
}
