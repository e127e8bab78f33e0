package io.socialdesk.bench;

import io.socialdesk.agent.ContactHistory;
import io.socialdesk.agent.HistoryView;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.ReplyTarget;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.jsm.SimulatedIssueAccess;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.AoContacts;
import io.socialdesk.store.AoHistoryLog;
import io.socialdesk.store.ChannelAccountEntity;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * The panel's REST read for a customer with 10,000 interactions (X, Mastodon, calls, replies, on 50 requests):
 * everything {@code GET /history/{key}} computes, the first page and a page deep in the past. Sampled, so JMH
 * reports p95 and p99, not just the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HistoryBenchmark {
    private static final int INTERACTIONS = 10_000;
    private static final int REQUESTS = 50;

    @Param({"POSTGRESQL"})
    public String database;

    private EntityManagerActiveObjects ao;
    private ContactHistory history;
    private IssueAccess.IssueRef issue;

    @Setup(Level.Trial)
    public void seed() {
        ao = TestDatabase.valueOf(database).connect();
        ao.migrateDestructively(ChannelAccountEntity.class, InteractionEntity.class, ContactEntity.class,
                IdentityEntity.class);
        Clock clock = Clock.systemUTC();
        AoChannelAccounts accounts = new AoChannelAccounts(ao, clock);
        List<ChannelAccount> channels = new ArrayList<>();
        for (ChannelKind kind : List.of(ChannelKind.X, ChannelKind.MASTODON, ChannelKind.PHONE)) {
            channels.add(accounts.create(new AccountSettings(kind, kind.key(), URI.create("https://example.com/"),
                    new RequestTarget(1, 1), Duration.ofSeconds(60), true, Optional.empty()), "socialdesk"));
        }
        AoContacts contacts = new AoContacts(ao, clock);
        long contact = contacts.identify(ChannelKind.X, new Author("42", "dana", "Dana", OptionalLong.of(900),
                Optional.empty())).id();
        SimulatedJsm jsm = new SimulatedJsm(clock);
        List<Long> issues = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            issues.add(jsm.createRequest("request " + r, "", "socialdesk", 1).id());
        }
        ao.executeInTransaction(() -> {
            for (int i = 0; i < INTERACTIONS; i++) {
                ChannelAccount channel = channels.get(i % channels.size());
                Map<String, Object> row = new HashMap<>();
                row.put("DEDUPE_KEY", channel.id() + ":" + i);
                row.put("ACCOUNT_ID", (int) channel.id());
                row.put("EXTERNAL_ID", "e" + i);
                row.put("DIRECTION", i % 7 == 0 ? "OUTBOUND" : "INBOUND");
                row.put("KIND", channel.kind() == ChannelKind.PHONE ? "CALL" : "MENTION");
                row.put("BODY", "message number " + i + " about order #" + (i % 300));
                row.put("URL", "https://example.com/p/" + i);
                row.put("AUTHOR_ID", "42");
                row.put("AUTHOR_HANDLE", "dana");
                row.put("AUTHOR_NAME", "Dana");
                row.put("AUTHOR_FOLLOWERS", 900L);
                row.put("OCCURRED_AT", 1_700_000_000_000L + i * 60_000L);
                row.put("RECEIVED_AT", 1_700_000_000_000L + i * 60_000L);
                row.put("STATUS", "ROUTED");
                row.put("CONTACT_ID", (int) contact);
                row.put("ISSUE_ID", issues.get(i % REQUESTS));
                if (channel.kind() == ChannelKind.PHONE) {
                    row.put("CALL_SECONDS", 120);
                    row.put("DISPOSITION", "ANSWERED");
                }
                ao.create(InteractionEntity.class, row);
            }
            return null;
        });
        AoHistoryLog log = new AoHistoryLog(ao);
        SimulatedIssueAccess access = new SimulatedIssueAccess(jsm);
        history = new ContactHistory(log, contacts, access, new ReplyTarget(log, accounts));
        issue = access.byId(issues.get(0)).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void disconnect() {
        ao.dispose();
    }

    @Benchmark
    public HistoryView firstPage() {
        return history.of(issue, 0);
    }

    @Benchmark
    public HistoryView pageFiveHundred() {
        return history.of(issue, 499);
    }
}
