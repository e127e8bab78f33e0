package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.google.gson.reflect.TypeToken;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Account secrets as AES-GCM ciphertext in the account row; the key is not in the database. */
@Component
public class AoCredentialStore implements CredentialStore {
    private static final Logger LOG = LoggerFactory.getLogger(AoCredentialStore.class);
    private final ActiveObjects ao;
    private final CredentialKey key;

    @Inject
    public AoCredentialStore(@ComponentImport ActiveObjects ao, CredentialKey key) {
        this.ao = ao;
        this.key = key;
    }

    @Override
    public Credentials credentials(long accountId) {
        ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
        if (row == null || row.getCredentials() == null) {
            return new Credentials(Map.of());
        }
        try {
            String json = new CredentialCipher(key.key()).decrypt(accountId, row.getCredentials());
            return new Credentials(Json.gson().fromJson(json, new TypeToken<Map<String, String>>() { }.getType()));
        } catch (GeneralSecurityException e) {
            // the driver then reports "auth failed": the admin re-enters the secret; the value itself is never logged
            LOG.error("Account {}: stored credentials cannot be decrypted (key changed or value altered)", accountId);
            return new Credentials(Map.of());
        }
    }

    @Override
    public Set<String> names(long accountId) {
        ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
        if (row == null || row.getCredentials() == null) {
            return Set.of();
        }
        if (row.getCredentialNames() == null) {
            // stored by an earlier version, before names were kept beside the ciphertext: learn them once
            Set<String> names = credentials(accountId).values().keySet();
            Transactions.write(ao, () -> {
                row.setCredentialNames(String.join(",", new TreeSet<>(names)));
                row.save();
                return null;
            });
            return names;
        }
        return Arrays.stream(row.getCredentialNames().split(",")).filter(n -> !n.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void store(long accountId, Credentials credentials) {
        Transactions.write(ao, () -> {
            storeIn(accountId, credentials);
            return null;
        });
    }

    /** {@link #store} inside the caller's transaction: the outermost write retries conflicts, never a nested one. */
    void storeIn(long accountId, Credentials credentials) {
        ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
        if (row == null) {
            throw new IllegalArgumentException("no channel account " + accountId);
        }
        row.setCredentials(new CredentialCipher(key.key()).encrypt(accountId, Json.write(credentials.values())));
        row.setCredentialNames(String.join(",", new TreeSet<>(credentials.values().keySet())));
        row.save();
    }
}
