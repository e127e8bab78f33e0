package io.socialdesk.admin;

import com.google.gson.JsonObject;
import io.socialdesk.channel.AccountChanges;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.request.RequestTargets;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
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
    private final AccountChanges changes;
    private final CredentialStore credentials;
    private final ChannelCatalog channels;
    private final ApiBaseUrlPolicy urls;
    private final RequestTargets targets;
    private final AdminAudit audit;

    @Inject
    public ChannelAccountAdmin(ChannelAccounts accounts, AccountChanges changes, CredentialStore credentials,
                               ChannelCatalog channels, ApiBaseUrlPolicy urls, RequestTargets targets,
                               AdminAudit audit) {
        this.accounts = accounts;
        this.changes = changes;
        this.credentials = credentials;
        this.channels = channels;
        this.urls = urls;
        this.targets = targets;
        this.audit = audit;
    }

    /**
     * {@code adminKey}: the admin connecting the account. SocialDesk acts as the form's {@code intakeUser} (a Jira
     * username: the dedicated account that raises the requests of people SocialDesk does not know and so receives
     * JSM's customer notifications for them), or, when the form names none (an API client), as the admin.
     */
    public Outcome create(JsonObject form, String adminKey) {
        return switch (AccountDraft.parse(form, channels, urls, true)) {
            case AccountDraft.Invalid invalid -> new Rejected(invalid);
            case AccountDraft.Valid valid -> {
                IntakeUser intake = intakeUser(form);
                if (intake instanceof IntakeUser.Unknown unknown) {
                    yield new Rejected(unknown.problem());
                }
                String intakeKey = ((IntakeUser.Known) intake).key().orElse(adminKey);
                Optional<Integer> backfill = backfillHours(form);
                if (backfill.isEmpty()) {
                    yield new Rejected(new AccountDraft.Invalid("backfillHours", "must be a whole number of hours "
                            + "from 0 (take in nothing already posted) to " + MAX_BACKFILL_HOURS));
                }
                yield targetProblem(valid.settings(), intakeKey).<Outcome>map(Rejected::new).orElseGet(() -> {
                    ChannelAccount account = changes.create(valid.settings(), intakeKey,
                            java.time.Duration.ofHours(backfill.get()), valid.credentials());
                    audited(AdminAudit.Change.ACCOUNT_CONNECTED, account);
                    return new Saved(account);
                });
            }
        };
    }

    /** At most a week of what is already on the network is taken in when an account is connected. */
    static final int MAX_BACKFILL_HOURS = 168;

    /** The form's {@code backfillHours}, 0 when absent; empty when it is not a whole number in range. */
    private static Optional<Integer> backfillHours(JsonObject form) {
        com.google.gson.JsonElement value = form.get("backfillHours");
        if (value == null || value.isJsonNull()) {
            return Optional.of(0);
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        try {
            int hours = value.getAsBigDecimal().intValueExact();
            return hours >= 0 && hours <= MAX_BACKFILL_HOURS ? Optional.of(hours) : Optional.empty();
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The form's intake user: a known one (empty when the form names none), or the problem with it. */
    private sealed interface IntakeUser {
        record Known(Optional<String> key) implements IntakeUser {
        }

        record Unknown(AccountDraft.Invalid problem) implements IntakeUser {
        }
    }

    private IntakeUser intakeUser(JsonObject form) {
        com.google.gson.JsonElement value = form.get("intakeUser");
        if (value == null || value.isJsonNull()) {
            return new IntakeUser.Known(Optional.empty());
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()) {
            return new IntakeUser.Unknown(new AccountDraft.Invalid("intakeUser", "must be a Jira username"));
        }
        String username = value.getAsString().strip();
        return targets.activeUserKey(username).<IntakeUser>map(key -> new IntakeUser.Known(Optional.of(key)))
                .orElseGet(() -> new IntakeUser.Unknown(new AccountDraft.Invalid("intakeUser",
                        "no active Jira user is named " + username)));
    }

    /** The username SocialDesk acts as for the account, for the console. */
    public Optional<String> intakeUsername(ChannelAccount account) {
        return targets.username(account.intakeUserKey());
    }

    /**
     * Everything is checked before anything is written, and settings and secrets are then written together. Secrets
     * were given for one host and one kind of channel: moving the account to another host or kind needs them again,
     * or the stored token would be sent to wherever the new address points.
     */
    public Outcome update(long id, JsonObject form) {
        Optional<ChannelAccount> current = accounts.byId(id);
        if (current.isEmpty()) {
            return new NotFound();
        }
        return switch (AccountDraft.parse(form, channels, urls, false)) {
            case AccountDraft.Invalid invalid -> new Rejected(invalid);
            case AccountDraft.Valid valid -> {
                IntakeUser intake = intakeUser(form);
                if (intake instanceof IntakeUser.Unknown unknown) {
                    yield new Rejected(unknown.problem());
                }
                Optional<String> newIntake = ((IntakeUser.Known) intake).key();
                AccountSettings settings = keepOwnUserId(valid, current.get());
                Optional<AccountDraft.Invalid> problem = secretsMoved(current.get(), settings, valid)
                        .or(() -> targetProblem(settings, newIntake.orElse(current.get().intakeUserKey())));
                if (problem.isPresent()) {
                    yield new Rejected(problem.get());
                }
                if (valid.credentials().isPresent()) {
                    forgetSessions(current.get()); // new secrets: what was kept for the old ones goes
                }
                yield changes.update(id, settings, newIntake, valid.credentials()).<Outcome>map(account -> {
                    audited(AdminAudit.Change.ACCOUNT_CHANGED, account);
                    return new Saved(account);
                }).orElseGet(NotFound::new);
            }
        };
    }

    public boolean delete(long id) {
        Optional<ChannelAccount> account = accounts.byId(id);
        account.ifPresent(this::forgetSessions);
        boolean deleted = accounts.delete(id);
        if (deleted) {
            account.ifPresent(gone -> audited(AdminAudit.Change.ACCOUNT_DISCONNECTED, gone));
        }
        return deleted;
    }

    /** What the account's driver keeps for its credentials (a Bluesky session) goes with them. */
    private void forgetSessions(ChannelAccount account) {
        if (account.apiBaseUrl().isPresent() && !credentials.names(account.id()).isEmpty()) {
            channels.driver(account.kind()).ifPresent(driver -> driver.forget(account.api(),
                    credentials.credentials(account.id())));
        }
    }

    private void audited(AdminAudit.Change change, ChannelAccount account) {
        audit.record(change, AccountActions.details(account));
    }

    /** Which secrets are stored (the spec's names only), known without decrypting them. */
    public java.util.List<String> credentialNames(long id) {
        return accounts.byId(id).flatMap(account -> channels.spec(account.kind()))
                .map(spec -> spec.credentialNames().stream().filter(credentials.names(id)::contains).toList())
                .orElse(java.util.List.of());
    }

    /** Where the account's sender delivers to (a phone line, a WhatsApp number), for the admin to copy. */
    public Optional<String> webhookPath(ChannelAccount account) {
        return channels.spec(account.kind()).flatMap(spec -> spec.webhookPathOf(account.id()));
    }

    /** Whether secrets are stored, known without decrypting them. */
    public boolean hasCredentials(long id) {
        return !credentials.names(id).isEmpty();
    }

    private Optional<AccountDraft.Invalid> targetProblem(AccountSettings settings, String actorKey) {
        return targets.problem(settings.target(), actorKey)
                .map(problem -> new AccountDraft.Invalid(problem.field(), problem.message()));
    }

    private static Optional<AccountDraft.Invalid> secretsMoved(ChannelAccount current, AccountSettings next,
                                                               AccountDraft.Valid valid) {
        if (valid.credentials().isPresent()) {
            return Optional.empty();
        }
        if (!current.kind().equals(next.kind())) {
            return Optional.of(new AccountDraft.Invalid("credentials", "are required again when the channel "
                    + "changes: the stored secrets belong to " + current.kind().key()));
        }
        if (!origin(current.apiBaseUrl()).equals(origin(next.apiBaseUrl()))) {
            return Optional.of(new AccountDraft.Invalid("credentials", "are required again when the API address "
                    + "moves to another host: the stored secrets are only sent to the host they were entered for"));
        }
        return Optional.empty();
    }

    /** Scheme, host and port: where a token would travel. */
    private static Optional<String> origin(Optional<URI> url) {
        return url.map(u -> u.getScheme() + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort());
    }

    /** The own user id stays as it was unless the form sets it or new secrets tell it. */
    private static AccountSettings keepOwnUserId(AccountDraft.Valid valid, ChannelAccount current) {
        AccountSettings s = valid.settings();
        if (s.ownUserId().isPresent() || valid.credentials().isPresent() || !current.kind().equals(s.kind())) {
            return s;
        }
        return new AccountSettings(s.kind(), s.name(), s.apiBaseUrl(), s.target(), s.pollInterval(), s.enabled(),
                current.ownUserId());
    }
}
