package io.socialdesk.bench;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.PendingRouter;
import io.socialdesk.jira.BeehiveClusterLocks;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import io.socialdesk.triage.PostTriage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.java.ao.Query;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Measurement;

/**
 * What intake costs per post against the floor of storing it at all, measured in one run on the same database:
 * {@code bareInsert} writes one Interaction row through AO; {@code intakePerPost} records one post (dedupe check,
 * insert and cursor advance in one transaction), identifies its author, takes the contact lock and routes it onto a
 * request through the real jira adapters on the simulated Jira (in memory, so JSM's own cost is not counted). 100 customers post in
 * turn, so most posts merge into an open request, as in a real feed. Between the two, {@code contractFloorPerPost} is
 * what the intake contract itself costs (record first, then each customer under its cluster lock, one outcome write)
 * and {@code triagePerPost} the CPU of reading one post.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntakeBenchmark {
    private static final int BURST = 1_000;
    private static final int PAGE = 40;
    private static final int CUSTOMERS = 100;
    private static final int REQUESTS_EACH = 50;

    @Param({"HSQLDB", "POSTGRESQL"})
    public String database;

    /**
     * The interactions each of the 100 customers already has before the measurement, spread over 50 of their
     * requests: 0 (a fresh desk) or 10,000 (a desk's most loyal, or most upset, customers).
     */
    @Param({"0", "10000"})
    public int history;

    private EntityManagerActiveObjects ao;
    private SimulatedJsm jsm;
    private PluginNode node;
    private AoInbox inbox;
    private PendingRouter router;
    private ClusterLocks locks;
    private ChannelAccount account;
    private long sequence;

    @Setup(Level.Trial)
    public void connect() {
        ao = TestDatabase.valueOf(database).connect();
        ao.migrateDestructively(PluginDescriptor.load().aoEntityClasses());
        Clock clock = Clock.systemUTC();
        try {
            jsm = new SimulatedJsm(clock);
            node = PluginNode.start(jsm, ao, Files.createTempDirectory("sd-bench"), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        account = node.get(AoChannelAccounts.class).create(AccountSettings.polled(MastodonChannel.KIND, "bench",
                URI.create("https://mastodon.example/"), new RequestTarget(1, 1), Duration.ofSeconds(60)),
                "socialdesk");
        inbox = node.get(AoInbox.class);
        router = node.get(PendingRouter.class);
        locks = node.get(BeehiveClusterLocks.class);
        if (history > 0) {
            CustomerHistories.seed(ao, node, jsm, account, CUSTOMERS, history, REQUESTS_EACH, this::post);
            sequence = CUSTOMERS;
        }
    }

    /**
     * A database in service keeps statistics on its tables (PostgreSQL's autovacuum analyzes a table as it grows,
     * once a minute at most). The benchmark's table is seconds old and grows by thousands of rows a second: without
     * this, PostgreSQL plans for the empty table it last saw and walks the time index instead of the customer's.
     */
    @Setup(Level.Iteration)
    public void analyze() {
        TestDatabase.valueOf(database).analyze(ao);
    }

    @TearDown(Level.Trial)
    public void disconnect() throws InterruptedException {
        // where the Jira calls went, for the README's breakdown (per method, over the whole trial)
        System.out.println("\nJira calls over the trial by host method: " + node.host().calls().byMethod());
        node.close();
        ao.dispose();
    }

    @Benchmark
    public Object bareInsert() {
        long n = sequence++;
        return ao.create(InteractionEntity.class, bareRow("bare:" + n, n));
    }

    private Map<String, Object> bareRow(String dedupeKey, long n) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", dedupeKey);
        row.put("ACCOUNT_ID", (int) account.id());
        row.put("CHANNEL", "mastodon");
        row.put("EXTERNAL_ID", "bare" + n);
        row.put("DIRECTION", "INBOUND");
        row.put("KIND", "MENTION");
        row.put("BODY", "@acme where is my order #" + n);
        row.put("OCCURRED_AT", 0L);
        row.put("RECEIVED_AT", 0L);
        row.put("STATUS", "SKIPPED");
        return row;
    }

    /**
     * The least any intake keeping the intake contract does per post, in the same run: the page's rows inserted in
     * one transaction, then every one of its customers' cluster locks taken (through the real beehive adapter on the
     * host's database locks, as routing takes them), and under them the rows read back and each updated once, in one
     * transaction. No Jira, no reads for the routing decision, no triage, no publication: {@code intakePerPost} over
     * this is what routing's decisions and Jira's writes add; this over {@code bareInsert} is what recording before
     * routing and locking per customer cost.
     */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public int contractFloorPerPost() {
        List<Map<String, Object>> rows = new ArrayList<>(PAGE);
        List<String> keys = new ArrayList<>(PAGE);
        List<String> customerLocks = new ArrayList<>(PAGE);
        for (int i = 0; i < PAGE; i++) {
            long n = sequence++;
            Map<String, Object> row = bareRow("floor:" + n, n);
            row.put("STATUS", "RECEIVED");
            row.put("PENDING_FOR", (int) account.id());
            rows.add(row);
            keys.add("floor:" + n);
            customerLocks.add("io.socialdesk.contact.floor" + n % 100);
        }
        ao.executeInTransaction(() -> {
            ao.create(InteractionEntity.class, rows);
            return null;
        });
        return underEach(customerLocks.stream().sorted().distinct().toList(), 0, () -> ao.executeInTransaction(() -> {
            InteractionEntity[] stored = ao.find(InteractionEntity.class, Query.select()
                    .where("DEDUPE_KEY IN (" + String.join(",", Collections.nCopies(PAGE, "?")) + ")",
                            keys.toArray()));
            for (InteractionEntity row : stored) {
                row.setStatus("ROUTED");
                row.setPendingFor(null);
                row.save();
            }
            return stored.length;
        }));
    }

    /**
     * The CPU a post's triage costs (language, VADER sentiment, intent, reach), which routing pays once per post
     * whatever the database: part of what intake adds to the floor above.
     */
    @Benchmark
    public Object triagePerPost() {
        return PostTriage.of(post(sequence++));
    }

    private int underEach(List<String> names, int next, Supplier<Integer> work) {
        if (next == names.size()) {
            return work.get();
        }
        return locks.tryWith(names.get(next), Duration.ofSeconds(5), () -> underEach(names, next + 1, work))
                .orElseThrow(() -> new IllegalStateException("lock " + names.get(next) + " not taken"));
    }

    /**
     * A burst as one poll run meets it: 1,000 new mentions from 100 customers recorded in pages of 40 (cursor
     * advanced with each page), then routed until none is pending. Posts per second = 1,000 / the time reported.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int burstOfThousand(HostCounts counts) {
        return intake(BURST / PAGE, counts);
    }

    /**
     * Steady intake as a poll meets it: one page of {@value #PAGE} new posts from the 100 customers in turn, recorded
     * and routed; JMH divides by the page, so the figure is per post.
     */
    @Benchmark
    @OperationsPerInvocation(PAGE)
    public int intakePerPost(HostCounts counts) {
        return intake(1, counts);
    }

    /** Records {@code pages} new pages (each with its cursor) and routes until none is pending; counts Jira calls. */
    private int intake(int pages, HostCounts counts) {
        long lookups = node.host().calls().lookups();
        long writes = node.host().calls().writes();
        for (int p = 0; p < pages; p++) {
            List<InboundPost> page = new ArrayList<>(PAGE);
            for (int i = 0; i < PAGE; i++) {
                page.add(post(sequence++));
            }
            inbox.record(account.id(), page, Optional.of("c" + sequence));
        }
        int routed = 0;
        for (int done = router.routePending(account); done > 0; done = router.routePending(account)) {
            routed += done;
        }
        counts.add(routed, node.host().calls().lookups() - lookups, node.host().calls().writes() - writes);
        return routed;
    }

    /**
     * Jira calls per routed post, reported by JMH beside the time: lookups (reads, validations, permission checks)
     * and writes (creates, comments, properties, events) the simulated Jira saw.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class HostCounts {
        public double hostLookupsPerPost;
        public double hostWritesPerPost;
        private long posts;
        private long lookups;
        private long writes;

        @Setup(Level.Iteration)
        public void clear() {
            posts = 0;
            lookups = 0;
            writes = 0;
            hostLookupsPerPost = 0;
            hostWritesPerPost = 0;
        }

        void add(int routed, long lookupsMade, long writesMade) {
            posts += routed;
            lookups += lookupsMade;
            writes += writesMade;
            hostLookupsPerPost = posts == 0 ? 0 : (double) lookups / posts;
            hostWritesPerPost = posts == 0 ? 0 : (double) writes / posts;
        }
    }

    private InboundPost post(long n) {
        long customer = n % CUSTOMERS;
        return new InboundPost("p" + n, PostKind.MENTION, "@acme where is my order #" + n,
                Optional.of(URI.create("https://mastodon.example/@c" + customer + "/" + n)),
                new Author("c" + customer, "customer" + customer, "Customer " + customer, OptionalLong.of(100),
                        Optional.empty()),
                Instant.now(), Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
