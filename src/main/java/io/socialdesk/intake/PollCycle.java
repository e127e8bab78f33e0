package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of the intake job (once per cluster). Accounts are worked on in parallel on a small bounded pool, each
 * under its own cluster lock, so a slow or timing-out network delays nobody else and no two nodes ever poll one
 * account at once: a polled account is fetched when due; every account's pending contacts are routed and its
 * leftovers (publication a crash interrupted, notices owed) are sent. Accounts not started within the run budget
 * wait for the next run, so runs do not pile up behind a network that hangs.
 */
@Component
public class PollCycle {
    static final int PARALLEL_ACCOUNTS = 4;
    static final Duration RUN_BUDGET = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final ChannelAccounts accounts;
    private final ClusterLocks locks;
    private final AccountPoller poller;
    private final PendingRouter router;
    private final Leftovers leftovers;
    private final ChannelCatalog channels;
    private final JobThreads threads;
    private final Clock clock;

    @Inject
    public PollCycle(ChannelAccounts accounts, ClusterLocks locks, AccountPoller poller, PendingRouter router,
                     Leftovers leftovers, ChannelCatalog channels, JobThreads threads, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.poller = poller;
        this.router = router;
        this.leftovers = leftovers;
        this.channels = channels;
        this.threads = threads;
        this.clock = clock;
    }

    public void run() {
        List<ChannelAccount> listed = accounts.all();
        if (listed.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        ExecutorService pool = threads.pool(Math.min(PARALLEL_ACCOUNTS, listed.size()), "socialdesk-intake");
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (ChannelAccount account : listed) {
                runs.add(pool.submit(() -> {
                    if (System.nanoTime() < deadline) {
                        work(account);
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an account's intake failed unexpectedly", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void work(ChannelAccount listed) {
        try {
            locks.tryWith(LockNames.account(listed.id()), Duration.ZERO, () -> accounts.byId(listed.id()).map(current -> {
                // re-read under the lock: another node may have polled it since it was listed
                boolean polled = channels.spec(current.kind()).map(spec -> spec.polled()).orElse(false);
                if (polled && current.health().isDue(clock.instant())) {
                    poller.poll(current);
                }
                // a pushed contact is routed when it arrives; one left pending by a crash is routed here
                router.routePending(current);
                return leftovers.publish(current);
            }));
        } catch (RuntimeException e) {
            // one broken account must not stop the others; the next run retries it
            LOG.error("Account {} ({}): intake failed", listed.id(), listed.kind(), e);
        }
    }
}
