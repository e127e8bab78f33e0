package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Credentials;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AoCredentialStoreTest {
    @TempDir
    Path home;
    private final EntityManagerActiveObjects ao = TestDatabase.HSQLDB.connect();

    @AfterEach
    void disconnect() {
        ao.dispose();
    }

    @Test
    void givenStoredSecrets_whenAskingWhichAreSet_thenTheNamesComeBackWithoutDecryptingAnything() {
        // given
        ao.migrateDestructively(ChannelAccountEntity.class);
        long id = account();
        FileCredentialKey file = new FileCredentialKey(home.resolve("key"));
        AtomicInteger keyReads = new AtomicInteger();
        CredentialKey counted = () -> {
            keyReads.incrementAndGet();
            return file.key();
        };
        AoCredentialStore store = new AoCredentialStore(ao, counted);
        store.store(id, new Credentials(Map.of("accessToken", "s3cret", "consumerKey", "ck")));
        keyReads.set(0);

        // when
        var names = store.names(id);

        // then
        assertThat(names).containsExactlyInAnyOrder("accessToken", "consumerKey");
        assertThat(keyReads).as("the key is never touched to answer 'is it set'").hasValue(0);
        assertThat(store.credentials(id).get("accessToken")).contains("s3cret");
    }

    @Test
    void givenSecretsStoredUnderAnotherKey_whenRead_thenTheyAreEmptyButTheirNamesStillShow() {
        // given: the shared home's key was replaced after the secrets were stored
        ao.migrateDestructively(ChannelAccountEntity.class);
        long id = account();
        new AoCredentialStore(ao, new FileCredentialKey(home.resolve("old-key")))
                .store(id, new Credentials(Map.of("accessToken", "s3cret")));
        AoCredentialStore store = new AoCredentialStore(ao, new FileCredentialKey(home.resolve("new-key")));

        // when / then
        assertThat(store.credentials(id).values()).isEmpty();
        assertThat(store.names(id)).containsExactly("accessToken");
    }

    private long account() {
        return ao.create(ChannelAccountEntity.class, new DBParam("KIND", "mastodon"), new DBParam("NAME", "acme"),
                new DBParam("API_BASE_URL", "https://mastodon.example"), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 1), new DBParam("POLL_SECONDS", 60L), new DBParam("STATUS", "ACTIVE"),
                new DBParam("NEXT_POLL_AT", 0L), new DBParam("FAILURES", 0),
                new DBParam("INTAKE_USER_KEY", "socialdesk")).getID();
    }
}
