package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

@Component
public class AoChannelAccounts implements ChannelAccounts {
    private final ActiveObjects ao;

    @Inject
    public AoChannelAccounts(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
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
        ao.executeInTransaction(() -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
            if (row == null) {
                return null; // deleted by an admin while it was being polled: nothing left to report on
            }
            row.setStatus(health.status().name());
            row.setLastPollAt(millis(health.lastPollAt()));
            row.setLastSuccessAt(millis(health.lastSuccessAt()));
            row.setLastError(health.lastError().orElse(null));
            row.setRateLimitResetAt(millis(health.rateLimitResetAt()));
            row.setNextPollAt(health.nextPollAt().toEpochMilli());
            row.setFailures(health.consecutiveFailures());
            row.save();
            return null;
        });
    }

    static ChannelAccount toDomain(ChannelAccountEntity row) {
        AccountHealth health = new AccountHealth(
                AccountStatus.valueOf(row.getStatus()),
                instant(row.getLastPollAt()),
                instant(row.getLastSuccessAt()),
                Optional.ofNullable(row.getLastError()),
                instant(row.getRateLimitResetAt()),
                Instant.ofEpochMilli(row.getNextPollAt()),
                row.getFailures());
        return new ChannelAccount(
                row.getID(),
                ChannelKind.fromKey(row.getKind()).orElseThrow(
                        () -> new IllegalStateException("unknown channel kind in account " + row.getID())),
                row.getName(),
                URI.create(row.getApiBaseUrl()),
                new RequestTarget(row.getServiceDeskId(), row.getRequestTypeId()),
                Duration.ofSeconds(row.getPollSeconds()),
                Optional.ofNullable(row.getCursor()),
                Optional.ofNullable(row.getOwnUserId()),
                health);
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
