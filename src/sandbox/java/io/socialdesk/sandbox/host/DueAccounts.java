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
 * Makes every active account due now, as if its interval had passed: the sandbox's fake networks call this after a
 * post, so a newcomer (and a test) sees it within one poll cycle instead of up to the 15 s minimum interval.
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

    public void makeAllDue() {
        for (ChannelAccount listed : accounts.all()) {
            // under the account's lock, as the poll job writes health; HSQLDB may still cancel the write as a
            // serialization conflict with a concurrent reader: then try again, it changed nothing
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    locks.tryWith(LockNames.account(listed.id()), Duration.ofSeconds(5), () -> makeDue(listed.id()));
                    break;
                } catch (RuntimeException conflict) {
                    if (attempt == ATTEMPTS) {
                        System.err.println("sandbox could not make account " + listed.id() + " due: " + conflict);
                    }
                }
            }
        }
    }

    private boolean makeDue(long accountId) {
        accounts.byId(accountId).ifPresent(account -> {
            Instant now = clock.instant();
            AccountHealth health = account.health();
            if (health.status().polls() && health.nextPollAt().isAfter(now)) {
                accounts.recordHealth(account.id(), new AccountHealth(health.status(), health.lastPollAt(),
                        health.lastSuccessAt(), health.lastError(), health.rateLimitResetAt(), now,
                        health.consecutiveFailures()));
            }
        });
        return true;
    }
}
