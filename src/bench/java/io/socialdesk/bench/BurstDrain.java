package io.socialdesk.bench;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.intake.PendingRouter;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoInbox;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.java.ao.Query;

/**
 * A burst of posts drained as the poll job meets it, on PostgreSQL: pages of 40 recorded with their cursor, 25 pages
 * per poll run (the poller's bound), each run followed by routing until nothing is pending (and by {@code ANALYZE}
 * when autovacuum would analyze). Posts are made page by page, so the heap holds what the plugin (and the in-memory
 * simulated Jira) keeps, not the burst itself. Reports the time, the peak heap (JVM memory pools' peak since start;
 * run with -Xmx to see it bounded) and checks that every post was stored once and is on exactly one request: one
 * request per customer, every other post a comment. The first drain runs on a cold JVM, as after a node's restart; a
 * second argument drains that many bursts in turn, the later ones on the warm JVM of a node in service (the same
 * customers, so their posts join their requests).
 * {@code mvn -Pbench -Dbench.jvm=-Xmx128m -Dbench.main=io.socialdesk.bench.BurstDrain -Dbench.args="10000 2" -Dbench.report=}
 */
public final class BurstDrain {
    private static final int PAGE = 40;
    private static final int PAGES_PER_RUN = 25;
    private static final int CUSTOMERS = 500;
    /**
     * PostgreSQL's autovacuum analyzes a table once 50 rows plus 10 % of it changed (autovacuum_analyze_threshold,
     * autovacuum_analyze_scale_factor, their defaults); the drain analyzes by the same rule, in its measured time,
     * counting two changes a post (its insert, its outcome's update). Analyzing after every poll run instead took a
     * quarter of a third drain's time, a cost no desk in service pays.
     */
    private static final int AUTOVACUUM_THRESHOLD = 50;
    private static final double AUTOVACUUM_SCALE = 0.1;

    private BurstDrain() {
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        EntityManagerActiveObjects ao = TestDatabase.POSTGRESQL.connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        Clock clock = Clock.systemUTC();
        SimulatedJsm jsm = new SimulatedJsm(clock);
        PluginNode node = PluginNode.start(jsm, ao, Files.createTempDirectory("sd-burst"), clock);
        ChannelAccount account = node.get(AoChannelAccounts.class).create(AccountSettings.polled(
                MastodonChannel.KIND, "burst", URI.create("https://mastodon.example/"), new RequestTarget(1, 1),
                Duration.ofSeconds(60)), "socialdesk");
        AoInbox inbox = node.get(AoInbox.class);
        PendingRouter router = node.get(PendingRouter.class);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        int made = 0;
        int routed = 0;
        int analyzedAt = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpu = processCpu();
            long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            int first = made;
            while (made < first + burst) {
                for (int page = 0; page < PAGES_PER_RUN && made < first + burst; page++) {
                    List<InboundPost> posts = new ArrayList<>(PAGE);
                    for (int i = 0; i < PAGE && made < first + burst; i++) {
                        posts.add(post(made++));
                    }
                    inbox.record(account.id(), posts, Optional.of("c" + made));
                }
                for (int done = router.routePending(account); done > 0; done = router.routePending(account)) {
                    routed += done;
                }
                if (2 * (made - analyzedAt) > AUTOVACUUM_THRESHOLD + AUTOVACUUM_SCALE * made) {
                    TestDatabase.POSTGRESQL.analyze(ao);
                    analyzedAt = made;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%nDrain %d of %d (%s JVM): %,d posts from %d customers on PostgreSQL in %.1f s "
                            + "(%.0f posts/s); this JVM's CPU %.1f s, of it compiling %.1f s%n", round, rounds,
                    round == 1 ? "cold" : "warm", burst, CUSTOMERS, seconds, burst / seconds,
                    (processCpu() - cpu) / 1e9,
                    (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling) / 1e3);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap %.0f MiB of max %.0f MiB (over all drains: the simulated Jira keeps every "
                + "request and comment in this heap)%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);

        int stored = ao.count(InteractionEntity.class, Query.select());
        int unrouted = ao.count(InteractionEntity.class, Query.select().where("STATUS <> ?", "ROUTED"));
        List<SimulatedJsm.Request> requests = jsm.requests();
        int comments = requests.stream().mapToInt(r -> r.comments().size()).sum();
        Set<String> seen = new HashSet<>();
        int twice = 0;
        for (SimulatedJsm.Request request : requests) {
            for (String text : texts(request)) {
                if (!seen.add(text)) {
                    twice++;
                }
            }
        }
        int lost = made - seen.size();
        System.out.printf("stored %,d, routed %,d, not routed %d, requests %d, comments %,d, lost %d, twice %d%n",
                stored, routed, unrouted, requests.size(), comments, lost, twice);
        node.close();
        ao.dispose();
        boolean ok = stored == made && unrouted == 0 && lost == 0 && twice == 0
                && requests.size() == Math.min(CUSTOMERS, made) && comments == made - requests.size();
        System.exit(ok ? 0 : 1);
    }

    /** CPU time of this JVM's threads, compilers and collector included. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The post numbers a request carries: its description's and each comment's. */
    private static List<String> texts(SimulatedJsm.Request request) {
        List<String> found = new ArrayList<>();
        found.add(number(request.description()));
        request.comments().forEach(comment -> found.add(number(comment.body())));
        return found;
    }

    private static String number(String body) {
        int at = body.indexOf("order \\#");
        return at < 0 ? body : body.substring(at, body.indexOf('\n', at) < 0 ? body.length() : body.indexOf('\n', at));
    }

    private static InboundPost post(long n) {
        long customer = n % CUSTOMERS;
        return new InboundPost("p" + n, PostKind.MENTION, "@acme where is my order #" + n,
                Optional.of(URI.create("https://mastodon.example/@c" + customer + "/" + n)),
                new Author("c" + customer, "customer" + customer, "Customer " + customer, OptionalLong.of(100),
                        Optional.empty()),
                Instant.now(), Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
