package io.socialdesk.bench;

import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.x.XChannel;
import io.socialdesk.insights.Insights;
import io.socialdesk.insights.InsightsRange;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.InsightsHourEntity;
import io.socialdesk.store.InsightsRequestEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The insights read for a desk with 1,000,000 interactions over 12 months (X, Mastodon and calls; every request two
 * contacts and a reply in kind, about 333,000 requests): what {@code GET /insights} computes for the last week by day
 * and for the year by week, beside a bare {@code COUNT(*)} of the same week's interactions on the same data. The
 * rollup rows are written as the rollup would write them for these interactions (counting a million one by one
 * would take the setup longer than the measurement). Sampled, so JMH reports p95 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InsightsBenchmark {
    private static final int INTERACTIONS = 1_000_000;
    private static final int DESK = 1;
    /** The newest requests exist in the simulated Jira: the waiting and repeat lists read their state. */
    private static final int LIVE_REQUESTS = 3_000;
    private static final long HOUR_MS = 3_600_000L;
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant START = END.minus(Duration.ofDays(365));

    @Param({"POSTGRESQL"})
    public String database;

    private EntityManagerActiveObjects ao;
    private PluginNode node;
    private Insights insights;
    private Connection jdbc;
    private String countSql;
    private List<ChannelAccount> channels;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        ao = TestDatabase.valueOf(database).connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        Clock clock = Clock.fixed(END, ZoneOffset.UTC);
        SimulatedJsm jsm = new SimulatedJsm(clock);
        node = PluginNode.start(jsm, ao, sharedHome(), clock);
        AoChannelAccounts accounts = node.get(AoChannelAccounts.class);
        channels = new ArrayList<>();
        for (ChannelKind kind : List.of(XChannel.KIND, MastodonChannel.KIND)) {
            channels.add(accounts.create(AccountSettings.polled(kind, kind.key(), URI.create("https://example.com/"),
                    new RequestTarget(DESK, 1), Duration.ofSeconds(60)), "socialdesk"));
        }
        channels.add(accounts.create(new AccountSettings(ChannelKind.PHONE, "phone", Optional.empty(),
                new RequestTarget(DESK, 1), Optional.empty(), true, Optional.empty()), "socialdesk"));
        int requests = (INTERACTIONS + 2) / 3; // the last, unfinished triple is a request too
        List<Long> live = new ArrayList<>();
        for (int r = 0; r < LIVE_REQUESTS; r++) {
            live.add(jsm.createRequest("request " + r, "", "socialdesk", 1).id());
        }
        long step = Duration.between(START, END).toMillis() / INTERACTIONS;
        Map<String, int[]> hours = new LinkedHashMap<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        List<Map<String, Object>> facts = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS; i++) {
            int r = i / 3;
            int position = i % 3;
            long at = START.toEpochMilli() + i * step;
            ChannelAccount channel = channels.get((r + (position == 2 ? 1 : 0)) % channels.size());
            long issueId = r >= requests - LIVE_REQUESTS ? live.get(r - (requests - LIVE_REQUESTS)) : 1_000_000_000L + r;
            batch.add(interaction(i, channel, position == 1, at, issueId));
            if (position != 1) {
                int[] c = hours.computeIfAbsent(Math.floorDiv(at, HOUR_MS) + "|" + channel.kind().key(),
                        k -> new int[6]);
                c[0]++;
                c[1 + i % 5]++;
            }
            if (position == 2) {
                facts.add(request(issueId, r, channels.get(r % channels.size()).kind().key(),
                        channel.kind().key(), at - 2 * step, at - step, at, r >= requests - LIVE_REQUESTS / 10));
            }
            if (batch.size() == 10_000) {
                flush(InteractionEntity.class, batch);
            }
            if (facts.size() == 10_000) {
                flush(InsightsRequestEntity.class, facts);
            }
        }
        flush(InteractionEntity.class, batch);
        flush(InsightsRequestEntity.class, facts);
        List<Map<String, Object>> hourRows = new ArrayList<>();
        hours.forEach((key, c) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("SERVICE_DESK_ID", DESK);
            row.put("HOUR", Long.parseLong(key.substring(0, key.indexOf('|'))));
            row.put("CHANNEL", key.substring(key.indexOf('|') + 1));
            row.put("CONTACTS", c[0]);
            row.put("PRAISE", c[1]);
            row.put("COMPLAINTS", c[2]);
            row.put("QUESTIONS", c[3]);
            row.put("NEGATIVE", c[4]);
            row.put("POSITIVE", c[5]);
            hourRows.add(row);
            if (hourRows.size() == 10_000) {
                flush(InsightsHourEntity.class, hourRows);
            }
        });
        flush(InsightsHourEntity.class, hourRows);
        TestDatabase.valueOf(database).analyze(ao);
        insights = node.get(Insights.class);
        jdbc = TestDatabase.jdbc(ao);
        countSql = "SELECT COUNT(*) FROM \"" + ao.tableName(InteractionEntity.class) + "\""
                + " WHERE \"ACCOUNT_ID\" IN (?, ?, ?) AND \"OCCURRED_AT\" >= ? AND \"OCCURRED_AT\" < ?";
    }

    private static Map<String, Object> interaction(int i, ChannelAccount channel, boolean reply, long at,
                                                   long issueId) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", channel.id() + ":" + i);
        row.put("ACCOUNT_ID", (int) channel.id());
        row.put("CHANNEL", channel.kind().key());
        row.put("EXTERNAL_ID", "e" + i);
        row.put("DIRECTION", reply ? "OUTBOUND" : "INBOUND");
        row.put("KIND", ChannelKind.PHONE.equals(channel.kind()) ? "CALL" : "MENTION");
        row.put("BODY", "message number " + i + " about order #" + (i % 300));
        row.put("AUTHOR_ID", String.valueOf(i / 3));
        row.put("AUTHOR_HANDLE", "customer" + i / 3);
        row.put("AUTHOR_NAME", "Customer " + i / 3);
        row.put("URL", "https://example.com/p/" + i);
        row.put("OCCURRED_AT", at);
        row.put("RECEIVED_AT", at);
        row.put("STATUS", reply ? "SENT" : "ROUTED");
        row.put("OUTCOME", "CREATED");
        row.put("ISSUE_ID", issueId);
        row.put("AGENT_KEY", reply ? "alice" : null);
        return row;
    }

    private static Map<String, Object> request(long issueId, int r, String channel, String second, long first,
                                               long answered, long last, boolean waiting) {
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_ID", issueId);
        row.put("SERVICE_DESK_ID", DESK);
        row.put("CHANNEL", channel);
        row.put("REQUEST_TYPE_ID", 1 + r % 4);
        row.put("FIRST_CONTACT_AT", first);
        row.put("FIRST_RESPONSE_AT", answered);
        row.put("WAITING_SINCE", waiting ? last : null);
        row.put("LAST_CONTACT_AT", last);
        row.put("CONTACTS", 2);
        row.put("CHANNELS", channel.equals(second) ? channel : channel + "," + second);
        return row;
    }

    private <T extends net.java.ao.RawEntity<Integer>> void flush(Class<T> type, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            ao.executeInTransaction(() -> {
                ao.create(type, rows);
                return null;
            });
            rows.clear();
        }
    }

    @TearDown(Level.Trial)
    public void disconnect() throws InterruptedException, SQLException {
        jdbc.close();
        node.close();
        ao.dispose();
    }

    private static java.nio.file.Path sharedHome() {
        try {
            return Files.createTempDirectory("sd-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's default view: the last seven days by day. */
    @Benchmark
    public Insights.Result lastWeekByDay() {
        return insights.of(DESK, new InsightsRange(END.minus(Duration.ofDays(7)), END, InsightsRange.Bucket.DAY,
                ZoneId.of("UTC")));
    }

    /** The longest view the page allows for a year: 365 days by week (first responses over at most 20,000 requests). */
    @Benchmark
    public Insights.Result lastYearByWeek() {
        return insights.of(DESK, new InsightsRange(END.minus(Duration.ofDays(365)), END, InsightsRange.Bucket.WEEK,
                ZoneId.of("UTC")));
    }

    /** The baseline: counting the same week's interactions of the desk's accounts, nothing else. */
    @Benchmark
    public long bareCountLastWeek() throws SQLException {
        try (PreparedStatement count = jdbc.prepareStatement(countSql)) {
            for (int a = 0; a < 3; a++) {
                count.setInt(a + 1, (int) channels.get(a).id());
            }
            count.setLong(4, END.minus(Duration.ofDays(7)).toEpochMilli());
            count.setLong(5, END.toEpochMilli());
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
