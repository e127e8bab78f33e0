package io.socialdesk.sandbox.host;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes a fake network's own account due now, as if its interval had passed: the fake networks call this after a
 * post, so a newcomer (and a test) sees it within one poll cycle instead of up to the 15 s minimum interval. Only a
 * healthy account is hurried: one backing off after failures or waiting for a rate-limit reset keeps its schedule.
 */
public final class DueAccounts {
    private static final int ATTEMPTS = 5;
    private final ChannelAccounts accounts;
    private final ClusterLocks locks;
    private final Clock clock;

    public DueAccounts(ChannelAccounts accounts, ClusterLocks locks, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.clock = clock;
    }

    public void makeDue(long accountId) {
        for (ChannelAccount listed : accounts.byId(accountId).stream().toList()) {
            // under the account's lock, as the poll job writes health; HSQLDB may still cancel the write as a
            // serialization conflict with a concurrent reader: then try again, it changed nothing
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    locks.tryWith(LockNames.account(listed.id()), Duration.ofSeconds(5), () -> hurry(listed.id()));
                    break;
                } catch (RuntimeException conflict) {
                    if (attempt == ATTEMPTS) {
                        System.err.println("sandbox could not make account " + listed.id() + " due: " + conflict);
                    }
                }
            }
        }
    }

    private boolean hurry(long accountId) {
        accounts.byId(accountId).ifPresent(account -> {
            Instant now = clock.instant();
            AccountHealth health = account.health();
            boolean healthy = health.consecutiveFailures() == 0 && health.rateLimitResetAt().isEmpty();
            if (health.status().polls() && healthy && health.nextPollAt().isAfter(now)) {
                accounts.recordHealth(account.id(), health.dueAt(now));
            }
        });
        return true;
    }
}
