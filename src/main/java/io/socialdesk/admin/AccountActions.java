package io.socialdesk.admin;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.phone.LineSecrets;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What an admin does to a saved account besides editing it: poll it now, give a phone line a new signing secret. */
@Component
public class AccountActions {
    private final ChannelAccounts accounts;
    private final CredentialStore credentials;
    private final ChannelCatalog channels;
    private final AdminAudit audit;
    private final Clock clock;

    @Inject
    public AccountActions(ChannelAccounts accounts, CredentialStore credentials, ChannelCatalog channels,
                          AdminAudit audit, Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a polled account due now; the next run polls it unless the network's rate-limit reset is still ahead. */
    public Optional<ChannelAccount> pollNow(long id) {
        return accounts.byId(id).filter(account -> channels.spec(account.kind()).map(ChannelSpec::polled)
                .orElse(false)).map(account -> {
                    accounts.recordHealth(id, account.health().dueAt(clock.instant()));
                    return accounts.byId(id).orElseThrow();
                });
    }

    /**
     * A new signing secret for a phone line, returned once for the admin to paste into the telephony system; the
     * previous one is still accepted for {@link LineSecrets#GRACE}. Empty for an unknown account or one that is no
     * phone line.
     */
    public Optional<String> rotateSecret(long id) {
        return accounts.byId(id).filter(account -> ChannelKind.PHONE.equals(account.kind())).map(line -> {
            String fresh = LineSecrets.generate();
            credentials.store(id, LineSecrets.rotated(credentials.credentials(id), fresh, clock.instant()));
            audit.record(AdminAudit.Change.SECRET_ROTATED, details(line));
            return fresh;
        });
    }

    /** What the audit log says about an account: its name and channel, never a secret. */
    static Map<String, String> details(ChannelAccount account) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("socialdesk.audit.attr.account", account.name() + " (" + account.id() + ")");
        details.put("socialdesk.audit.attr.channel", account.kind().key());
        return details;
    }
}
