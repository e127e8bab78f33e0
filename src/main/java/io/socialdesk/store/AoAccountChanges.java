package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.AccountChanges;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.Credentials;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The account row and its encrypted secrets in one AO transaction (the inner ones join it). */
@Component
public class AoAccountChanges implements AccountChanges {
    private final ActiveObjects ao;
    private final AoChannelAccounts accounts;
    private final AoCredentialStore credentials;

    @Inject
    public AoAccountChanges(@ComponentImport ActiveObjects ao, AoChannelAccounts accounts,
                            AoCredentialStore credentials) {
        this.ao = ao;
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @Override
    public ChannelAccount create(AccountSettings settings, String intakeUserKey, java.time.Duration backfill,
                                 Optional<Credentials> secrets) {
        return ao.executeInTransaction(() -> {
            ChannelAccount account = accounts.create(settings, intakeUserKey, backfill);
            secrets.ifPresent(values -> credentials.store(account.id(), values));
            return account;
        });
    }

    @Override
    public Optional<ChannelAccount> update(long id, AccountSettings settings, Optional<String> intakeUserKey,
                                           Optional<Credentials> secrets) {
        return ao.executeInTransaction(() -> {
            intakeUserKey.ifPresent(key -> accounts.changeIntakeUser(id, key));
            Optional<ChannelAccount> updated = accounts.update(id, settings);
            if (updated.isPresent()) {
                secrets.ifPresent(values -> credentials.store(id, values));
            }
            return updated;
        });
    }
}
