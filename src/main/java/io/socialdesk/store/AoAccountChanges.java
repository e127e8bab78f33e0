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
        // one transaction for the account and its secrets, retried as a whole when the database cancels it
        return Transactions.write(ao, () -> {
            ChannelAccount account = accounts.createIn(settings, intakeUserKey, backfill);
            secrets.ifPresent(values -> credentials.storeIn(account.id(), values));
            return account;
        });
    }

    @Override
    public Optional<ChannelAccount> update(long id, AccountSettings settings, Optional<String> intakeUserKey,
                                           Optional<Credentials> secrets) {
        return Transactions.write(ao, () -> {
            intakeUserKey.ifPresent(key -> accounts.changeIntakeUserIn(id, key));
            Optional<ChannelAccount> updated = accounts.updateIn(id, settings);
            if (updated.isPresent()) {
                secrets.ifPresent(values -> credentials.storeIn(id, values));
            }
            return updated;
        });
    }
}
