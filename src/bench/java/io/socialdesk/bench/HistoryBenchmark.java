package io.socialdesk.bench;

import io.socialdesk.agent.ContactHistory;
import io.socialdesk.agent.HistoryView;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.channel.AccountSettings;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.x.XChannel;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.PluginNode;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.AoChannelAccounts;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private PluginNode node;
    private ContactHistory history;
    private IssueAccess.IssueRef issue;

    @Setup(Level.Trial)
    public void seed() {
        ao = TestDatabase.valueOf(database).connect();
        ao.migrateDestructively(io.socialdesk.sandbox.host.PluginDescriptor.load().aoEntityClasses());
        Clock clock = Clock.systemUTC();
        SimulatedJsm jsm = new SimulatedJsm(clock);
        node = PluginNode.start(jsm, ao, sharedHome(), clock);
        AoChannelAccounts accounts = node.get(AoChannelAccounts.class);
        List<ChannelAccount> channels = new ArrayList<>();
        for (ChannelKind kind : List.of(XChannel.KIND, MastodonChannel.KIND)) {
            channels.add(accounts.create(AccountSettings.polled(kind, kind.key(), URI.create("https://example.com/"),
                    new RequestTarget(1, 1), Duration.ofSeconds(60)), "socialdesk"));
        }
        channels.add(accounts.create(new AccountSettings(ChannelKind.PHONE, "phone", Optional.empty(),
                new RequestTarget(1, 1), Optional.empty(), true, Optional.empty()), "socialdesk"));
        long contact = node.get(Contacts.class).identify(IdentityRef.global(XChannel.KIND, "42"),
                new Author("42", "dana", "Dana", OptionalLong.of(900), Optional.empty())).id();
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
                row.put("CHANNEL", channel.kind().key());
                row.put("EXTERNAL_ID", "e" + i);
                row.put("DIRECTION", i % 7 == 0 ? "OUTBOUND" : "INBOUND");
                row.put("KIND", ChannelKind.PHONE.equals(channel.kind()) ? "CALL" : "MENTION");
                row.put("BODY", "message number " + i + " about order #" + (i % 300));
                row.put("URL", "https://example.com/p/" + i);
                row.put("AUTHOR_ID", "42");
                row.put("AUTHOR_HANDLE", "dana");
                row.put("AUTHOR_NAME", "Dana");
                row.put("AUTHOR_FOLLOWERS", 900L);
                row.put("OCCURRED_AT", 1_700_000_000_000L + i * 60_000L);
                row.put("RECEIVED_AT", 1_700_000_000_000L + i * 60_000L);
                row.put("STATUS", "ROUTED");
                row.put("OUTCOME", "MERGED");
                row.put("CONTACT_ID", (int) contact);
                row.put("ISSUE_ID", issues.get(i % REQUESTS));
                if (ChannelKind.PHONE.equals(channel.kind())) {
                    row.put("CALL_SECONDS", 120);
                    row.put("DISPOSITION", "ANSWERED");
                }
                ao.create(InteractionEntity.class, row);
            }
            return null;
        });
        history = node.get(ContactHistory.class);
        issue = node.get(IssueAccess.class).byId(issues.get(0)).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void disconnect() throws InterruptedException {
        node.close();
        ao.dispose();
    }

    private static Path sharedHome() {
        try {
            return Files.createTempDirectory("sd-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public HistoryView firstPage() {
        return history.of(issue, 0, Optional.of("alice"));
    }

    @Benchmark
    public HistoryView pageFiveHundred() {
        return history.of(issue, 499, Optional.of("alice"));
    }
}
