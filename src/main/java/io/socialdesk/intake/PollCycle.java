package io.socialdesk.intake;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
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
 * One run of the intake job (once per cluster). The accounts that need a visit ({@link AccountVisits}: due for their
 * poll, work due, woken) are found in one query and visited in parallel on a small bounded pool, each under its own
 * cluster lock ({@link AccountVisit}), so a slow or timing-out network delays nobody else and no two nodes ever work
 * on one account at once; a quiet account costs the run nothing. Accounts not started within the run budget wait for
 * the next run, and a run does not wait for an account whose network hangs (it goes on alone until its timeout,
 * skipped by later runs meanwhile), so no account's poll waits behind another's.
 */
@Component
public class PollCycle {
    static final int PARALLEL_ACCOUNTS = 4;
    static final Duration RUN_BUDGET = Duration.ofSeconds(60);
    static final Duration STRAGGLER_WAIT = Duration.ofMillis(500);
    private static final Duration IDLE_POLL = Duration.ofMillis(20);
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final AccountVisits visits;
    private final ClusterLocks locks;
    private final AccountVisit visit;
    private final ChannelCatalog channels;
    private final JobThreads threads;
    private final Clock clock;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    @Inject
    public PollCycle(AccountVisits visits, ClusterLocks locks, AccountVisit visit, ChannelCatalog channels,
                     JobThreads threads, Clock clock) {
        this.visits = visits;
        this.locks = locks;
        this.visit = visit;
        this.channels = channels;
        this.threads = threads;
        this.clock = clock;
    }

    public void run() {
        // an account still being worked on by an earlier run of this node (a network that hangs until its timeout)
        // is left to it: the run neither waits for it nor queues it twice
        List<ChannelKind> polled = channels.specs().stream().filter(ChannelSpec::polled).map(ChannelSpec::kind)
                .toList();
        List<ChannelAccount> free = visits.due(clock.instant(), polled).stream()
                .filter(account -> inFlight.add(account.id())).toList();
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
                            work(account, polled);
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

    private void work(ChannelAccount listed, List<ChannelKind> polled) {
        try {
            locks.tryWith(LockNames.account(listed.id()), Duration.ZERO, () -> {
                visit.visit(listed.id(), polled);
                return null;
            });
        } catch (RuntimeException e) {
            // one broken account must not stop the others; its lease brings it back to a later run
            LOG.error("Account {} ({}): intake failed", listed.id(), listed.kind(), e);
        }
    }
}
