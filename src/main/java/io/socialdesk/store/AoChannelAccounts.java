package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

@Component
public class AoChannelAccounts implements ChannelAccounts {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoChannelAccounts(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public List<ChannelAccount> all() {
        return map(ao.find(ChannelAccountEntity.class, Query.select().order("ID")));
    }

    @Override
    public Optional<ChannelAccount> byId(long id) {
        return Optional.ofNullable(ao.get(ChannelAccountEntity.class, (int) id)).map(AoChannelAccounts::toDomain);
    }

    @Override
    public List<ChannelAccount> dueAt(Instant now) {
        Query due = Query.select()
                .where("STATUS = ? AND NEXT_POLL_AT <= ?", AccountStatus.ACTIVE.name(), now.toEpochMilli())
                .order("NEXT_POLL_AT");
        return map(ao.find(ChannelAccountEntity.class, due));
    }

    @Override
    public void recordHealth(long accountId, AccountHealth health) {
        Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
            if (row == null) {
                return null; // deleted by an admin while it was being polled: nothing left to report on
            }
            row.setStatus(health.status().name());
            row.setLastPollAt(millis(health.lastPollAt()));
            row.setLastSuccessAt(millis(health.lastSuccessAt()));
            row.setLastError(ColumnText.fit(health.lastError().orElse(null), ColumnText.LONG));
            row.setLastNotice(ColumnText.fit(health.notice().orElse(null), ColumnText.LONG));
            row.setRateLimitResetAt(millis(health.rateLimitResetAt()));
            row.setNextPollAt(health.nextPollAt().toEpochMilli());
            row.setFailures(health.consecutiveFailures());
            row.save();
            return null;
        });
    }

    @Override
    public ChannelAccount create(AccountSettings settings, String intakeUserKey, Duration backfill) {
        return Transactions.write(ao, () -> createIn(settings, intakeUserKey, backfill));
    }

    /**
     * {@link #create} inside the caller's transaction: a write that retries conflicts must be the outermost one, or
     * its retry would run in the transaction the database just cancelled.
     */
    ChannelAccount createIn(AccountSettings settings, String intakeUserKey, Duration backfill) {
        ChannelAccountEntity row = ao.create(ChannelAccountEntity.class, new DBParam("KIND", settings.kind().key()),
                new DBParam("NAME", settings.name()), new DBParam("API_BASE_URL", url(settings)),
                new DBParam("STATUS", status(settings).name()), new DBParam("NEXT_POLL_AT", clock.millis()),
                new DBParam("FAILURES", 0), new DBParam("INTAKE_USER_KEY", intakeUserKey),
                new DBParam("HISTORY_FROM", clock.millis() - backfill.toMillis()));
        apply(row, settings);
        return toDomain(row);
    }

    @Override
    public Optional<ChannelAccount> update(long id, AccountSettings settings) {
        return Transactions.write(ao, () -> updateIn(id, settings));
    }

    /** {@link #update} inside the caller's transaction (see {@link #createIn}). */
    Optional<ChannelAccount> updateIn(long id, AccountSettings settings) {
        ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) id);
        if (row == null) {
            return Optional.empty();
        }
        boolean wasPolling = AccountStatus.valueOf(row.getStatus()).polls();
        apply(row, settings);
        if (settings.enabled() && !wasPolling) {
            row.setStatus(AccountStatus.ACTIVE.name());
            row.setFailures(0);
            row.setNextPollAt(clock.millis());
        } else if (!settings.enabled()) {
            row.setStatus(AccountStatus.DISABLED.name());
        }
        row.save();
        return Optional.of(toDomain(row));
    }

    @Override
    public void recordOwnUserId(long id, String ownUserId) {
        Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) id);
            if (row != null) {
                row.setOwnUserId(ownUserId);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void changeIntakeUser(long id, String intakeUserKey) {
        Transactions.write(ao, () -> {
            changeIntakeUserIn(id, intakeUserKey);
            return null;
        });
    }

    /** {@link #changeIntakeUser} inside the caller's transaction (see {@link #createIn}). */
    void changeIntakeUserIn(long id, String intakeUserKey) {
        ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) id);
        if (row != null) {
            row.setIntakeUserKey(intakeUserKey);
            row.save();
        }
    }

    @Override
    public boolean delete(long id) {
        return Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) id);
            if (row == null) {
                return false;
            }
            ao.delete(row);
            return true;
        });
    }

    private static void apply(ChannelAccountEntity row, AccountSettings settings) {
        row.setKind(settings.kind().key());
        row.setName(settings.name());
        row.setApiBaseUrl(url(settings));
        row.setServiceDeskId(settings.target().serviceDeskId());
        row.setRequestTypeId(settings.target().requestTypeId());
        row.setPollSeconds(settings.pollInterval().map(Duration::toSeconds).orElse(0L));
        row.setOwnUserId(settings.ownUserId().orElse(null));
        row.save();
    }

    /** A pushed account (a phone line) has no API. */
    private static String url(AccountSettings settings) {
        return settings.apiBaseUrl().map(URI::toString).orElse(null);
    }

    private static AccountStatus status(AccountSettings settings) {
        return settings.enabled() ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
    }

    static ChannelAccount toDomain(ChannelAccountEntity row) {
        AccountHealth health = new AccountHealth(
                AccountStatus.valueOf(row.getStatus()),
                instant(row.getLastPollAt()),
                instant(row.getLastSuccessAt()),
                Optional.ofNullable(row.getLastError()),
                instant(row.getRateLimitResetAt()),
                Instant.ofEpochMilli(row.getNextPollAt()),
                row.getFailures(),
                Optional.ofNullable(row.getLastNotice()));
        return new ChannelAccount(
                row.getID(),
                ChannelKind.fromKey(row.getKind()).orElseThrow(
                        () -> new IllegalStateException("unknown channel kind in account " + row.getID())),
                row.getName(),
                Optional.ofNullable(row.getApiBaseUrl()).filter(u -> !u.isEmpty()).map(URI::create),
                new RequestTarget(row.getServiceDeskId(), row.getRequestTypeId()),
                Optional.of(row.getPollSeconds()).filter(s -> s > 0).map(Duration::ofSeconds),
                Optional.ofNullable(row.getCursor()),
                Optional.ofNullable(row.getOwnUserId()),
                row.getIntakeUserKey(),
                health,
                instant(row.getHistoryFrom()));
    }

    private static List<ChannelAccount> map(ChannelAccountEntity[] rows) {
        return Arrays.stream(rows).map(AoChannelAccounts::toDomain).toList();
    }

    private static Long millis(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    private static Optional<Instant> instant(Long millis) {
        return Optional.ofNullable(millis).map(Instant::ofEpochMilli);
    }
}
