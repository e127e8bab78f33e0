package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of the poll job (once per cluster): each account under its own cluster lock, so a slow account never
 * holds up the others' locks and no two nodes ever poll one account at once. Due accounts are polled; every account's
 * recorded posts are routed, so posts left over by a crash or a held contact lock are picked up.
 */
@Component
public class PollCycle {
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final ChannelAccounts accounts;
    private final ClusterLocks locks;
    private final AccountPoller poller;
    private final PendingRouter router;
    private final SignalPublisher publisher;
    private final Clock clock;

    @Inject
    public PollCycle(ChannelAccounts accounts, ClusterLocks locks, AccountPoller poller, PendingRouter router,
                     SignalPublisher publisher, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.poller = poller;
        this.router = router;
        this.publisher = publisher;
        this.clock = clock;
    }

    public void run() {
        for (ChannelAccount account : accounts.all()) {
            try {
                locks.tryWith(account.lockName(), Duration.ZERO, () -> accounts.byId(account.id()).map(current -> {
                    // re-read under the lock: another node may have polled it since it was listed
                    if (current.kind().pushed()) {
                        // calls arrive by webhook and are routed there; only a publication a crash left undone
                        return publisher.publishRouted(current);
                    }
                    if (current.health().isDue(clock.instant())) {
                        poller.poll(current);
                    }
                    router.routePending(current);
                    return publisher.publishRouted(current);
                }));
            } catch (RuntimeException e) {
                // one broken account must not stop the others; the next cycle retries it
                LOG.error("Account {} ({}): intake failed", account.id(), account.kind().key(), e);
            }
        }
    }
}
