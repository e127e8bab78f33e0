package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.intake.AccountVisits;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Visits on the account rows: {@code NEXT_VISIT_AT} is written only by a visit under the account's lock,
 * {@code WOKEN_AT} only set by a wake and cleared by a visit before it reads the account's work. A wake after that
 * clearing is seen by the next run; one before it was committed with its work, which the visit then sees: no wake is
 * lost, and the two writers never write the same column from a stale read.
 */
@Component
public class AoAccountVisits implements AccountVisits {
    /** A visit worked out that nothing needs the account but its polls. */
    static final long NEVER = Long.MAX_VALUE;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoAccountVisits(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public List<ChannelAccount> due(Instant now, Collection<ChannelKind> polled) {
        long at = now.toEpochMilli();
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("NEXT_VISIT_AT IS NULL OR NEXT_VISIT_AT <= ? OR WOKEN_AT <= ?");
        parameters.add(at);
        parameters.add(at);
        if (!polled.isEmpty()) {
            where.append(" OR (KIND IN (").append(InLists.placeholders(polled.size())).append(")")
                    .append(" AND STATUS = ? AND NEXT_POLL_AT <= ?")
                    .append(" AND (RATE_LIMIT_RESET_AT IS NULL OR RATE_LIMIT_RESET_AT <= ?))");
            polled.forEach(kind -> parameters.add(kind.key()));
            parameters.add(AccountStatus.ACTIVE.name());
            parameters.add(at);
            parameters.add(at);
        }
        return Arrays.stream(ao.find(ChannelAccountEntity.class,
                Query.select().where(where.toString(), parameters.toArray()).order("ID")))
                .map(AoChannelAccounts::toDomain).toList();
    }

    @Override
    public Optional<ChannelAccount> begin(long accountId, Instant now, Instant lease,
                                          Collection<ChannelKind> polled) {
        return Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
            if (row == null) {
                return Optional.<ChannelAccount>empty();
            }
            ChannelAccount account = AoChannelAccounts.toDomain(row);
            long at = now.toEpochMilli();
            boolean workDue = row.getNextVisitAt() == null || row.getNextVisitAt() <= at
                    || (row.getWokenAt() != null && row.getWokenAt() <= at);
            boolean pollDue = polled.contains(account.kind()) && account.health().isDue(now);
            if (!workDue && !pollDue) {
                return Optional.<ChannelAccount>empty();
            }
            row.setWokenAt(null);
            row.setNextVisitAt(lease.toEpochMilli());
            row.save();
            return Optional.of(account);
        });
    }

    @Override
    public void next(long accountId, Optional<Instant> at) {
        Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
            if (row != null) {
                row.setNextVisitAt(at.map(Instant::toEpochMilli).orElse(NEVER));
                row.save();
            }
            return null;
        });
    }

    @Override
    public void wake(long accountId) {
        Transactions.write(ao, () -> {
            ChannelAccountEntity row = ao.get(ChannelAccountEntity.class, (int) accountId);
            if (row != null) {
                row.setWokenAt(clock.millis());
                row.save();
            }
            return null;
        });
    }
}
