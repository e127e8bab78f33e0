package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.ChannelCatalog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of the intake job (once per cluster). Accounts are worked on in parallel on a small bounded pool, each
 * under its own cluster lock, so a slow or timing-out network delays nobody else and no two nodes ever poll one
 * account at once: a polled account is fetched when due; every account's pending contacts are routed and its
 * leftovers (publication a crash interrupted, notices owed) are sent, then {@link AfterRouting} (surges, incident
 * answers) runs for it. Accounts not started within the run budget
 * wait for the next run, and a run does not wait for an account whose network hangs (it goes on alone until its
 * timeout, skipped by later runs meanwhile), so no account's poll waits behind another's.
 */
@Component
public class PollCycle {
    static final int PARALLEL_ACCOUNTS = 4;
    static final Duration RUN_BUDGET = Duration.ofSeconds(60);
    static final Duration STRAGGLER_WAIT = Duration.ofMillis(500);
    private static final Duration IDLE_POLL = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final ChannelAccounts accounts;
    private final ClusterLocks locks;
    private final AccountPoller poller;
    private final PendingRouter router;
    private final Leftovers leftovers;
    private final ChannelCatalog channels;
    private final JobThreads threads;
    private final AfterRouting afterRouting;
    private final Clock clock;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    @Inject
    public PollCycle(ChannelAccounts accounts, ClusterLocks locks, AccountPoller poller, PendingRouter router,
                     Leftovers leftovers, ChannelCatalog channels, JobThreads threads, AfterRouting afterRouting,
                     Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.poller = poller;
        this.router = router;
        this.leftovers = leftovers;
        this.channels = channels;
        this.threads = threads;
        this.afterRouting = afterRouting;
        this.clock = clock;
    }

    public void run() {
        // an account still being worked on by an earlier run of this node (a network that hangs until its timeout)
        // is left to it: the run neither waits for it nor queues it twice
        List<ChannelAccount> free = accounts.all().stream().filter(account -> inFlight.add(account.id())).toList();
        if (free.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        AtomicInteger started = new AtomicInteger();
        AtomicLong lastStart = new AtomicLong(System.nanoTime());
        CountDownLatch finished = new CountDownLatch(free.size());
        List<ChannelAccount> unsubmitted = new ArrayList<>(free);
        try {
            // the plugin's one pool: a run hands its accounts to it and never shuts it down
            ExecutorService pool = threads.pool(PARALLEL_ACCOUNTS, "socialdesk-intake");
            for (ChannelAccount account : free) {
                pool.submit(() -> {
                    lastStart.set(System.nanoTime());
                    started.incrementAndGet();
                    try {
                        if (System.nanoTime() < deadline) {
                            work(account);
                        }
                    } finally {
                        inFlight.remove(account.id());
                        finished.countDown();
                    }
                });
                unsubmitted.remove(account);
            }
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            LOG.info("SocialDesk is stopping; accounts not started wait for the next run");
        } finally {
            // an account this run could not hand to a thread must not look busy to the next run
            unsubmitted.forEach(account -> {
                inFlight.remove(account.id());
                finished.countDown();
            });
        }
        awaitRun(finished, free.size(), started, lastStart);
    }

    /**
     * Waits for this node's accounts to be idle (none in flight), at most {@code patience}; true if they are. For a
     * caller that needs the work of a run done, such as a test or an orderly stop.
     */
    public boolean awaitIdle(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!inFlight.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(IDLE_POLL.toMillis());
        }
        return true;
    }

    /**
     * The run ends when every account is done or, once all have started, when the last one started
     * {@link #STRAGGLER_WAIT} ago: an account still fetching then goes on alone, so the next run (and every other
     * account's next poll) is not held up by one network that does not answer.
     */
    private static void awaitRun(CountDownLatch finished, int submitted, AtomicInteger started,
                                 AtomicLong lastStart) {
        try {
            while (!finished.await(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                if (started.get() == submitted && System.nanoTime() - lastStart.get() > STRAGGLER_WAIT.toNanos()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                int published = leftovers.publish(current);
                afterRouting.after(current);
                return published;
            }));
        } catch (RuntimeException e) {
            // one broken account must not stop the others; the next run retries it
            LOG.error("Account {} ({}): intake failed", listed.id(), listed.kind(), e);
        }
    }
}
