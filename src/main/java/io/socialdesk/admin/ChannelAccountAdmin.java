package io.socialdesk.admin;

import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.CredentialStore;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Creates, changes and removes channel accounts from admin input; secrets go to the credential store only. */
@Component
public class ChannelAccountAdmin {
    /** The outcome of a create or update: the account, or the field that was wrong. */
    public sealed interface Outcome permits Saved, Rejected, NotFound {
    }

    public record Saved(ChannelAccount account) implements Outcome {
    }

    public record Rejected(AccountDraft.Invalid problem) implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    private final ChannelAccounts accounts;
    private final CredentialStore credentials;
    private final ChannelCatalog channels;
    private final ApiBaseUrlPolicy urls;

    @Inject
    public ChannelAccountAdmin(ChannelAccounts accounts, CredentialStore credentials, ChannelCatalog channels,
                               ApiBaseUrlPolicy urls) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.channels = channels;
        this.urls = urls;
    }

    /** {@code adminKey}: the admin connecting the account, whom SocialDesk then acts as for it. */
    public Outcome create(JsonObject form, String adminKey) {
        return switch (AccountDraft.parse(form, channels, urls, true)) {
            case AccountDraft.Invalid invalid -> new Rejected(invalid);
            case AccountDraft.Valid valid -> {
                ChannelAccount account = accounts.create(valid.settings(), adminKey);
                valid.credentials().ifPresent(secrets -> credentials.store(account.id(), secrets));
                yield new Saved(account);
            }
        };
    }

    public Outcome update(long id, JsonObject form) {
        if (accounts.byId(id).isEmpty()) {
            return new NotFound();
        }
        return switch (AccountDraft.parse(form, channels, urls, false)) {
            case AccountDraft.Invalid invalid -> new Rejected(invalid);
            case AccountDraft.Valid valid -> {
                valid.credentials().ifPresent(secrets -> credentials.store(id, secrets));
                Optional<ChannelAccount> saved = accounts.update(id, valid.settings());
                yield saved.<Outcome>map(Saved::new).orElseGet(NotFound::new);
            }
        };
    }

    public boolean delete(long id) {
        return accounts.delete(id);
    }

    /** Whether secrets are stored, known without decrypting them. */
    public boolean hasCredentials(long id) {
        return !credentials.names(id).isEmpty();
    }
}
