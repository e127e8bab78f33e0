package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.agent.ReplyLog;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.Pushed;
import io.socialdesk.intake.PushedLog;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.MigratedDatabases;
import io.socialdesk.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.Query;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What webhooks push is stored once per (account, sender's id), and our replies take delivery reports in order. */
class AoPushedLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final ChannelKind WHATSAPP = new ChannelKind("whatsapp");
    @RegisterExtension
    final MigratedDatabases databases = new MigratedDatabases();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAMessageAndACall_whenRecordedTwiceAndAtOnce_thenEachIsOneRowWithItsOwnFacts(TestDatabase db)
            throws Exception {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        AoPushedLog log = new AoPushedLog(ao, CLOCK);
        Pushed message = Pushed.message(post("wamid.1", PostKind.DIRECT_MESSAGE));
        Pushed call = new Pushed(post("CA1", PostKind.CALL), Optional.of(new Pushed.Call(Direction.OUTBOUND,
                CallDisposition.ANSWERED, Duration.ofSeconds(95))), Optional.empty());

        // when: the message twice in a row, the call by four deliveries at once
        PushedLog.Stored first = log.record(account, WHATSAPP, message).orElseThrow();
        PushedLog.Stored again = log.record(account, WHATSAPP, message).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CyclicBarrier start = new CyclicBarrier(4);
        List<Future<Optional<PushedLog.Stored>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return log.record(account, ChannelKind.PHONE, call);
            }));
        }
        List<PushedLog.Stored> stored = new ArrayList<>();
        for (Future<Optional<PushedLog.Stored>> f : calls) {
            f.get().ifPresent(stored::add);
        }
        pool.shutdown();

        // then
        assertThat(first.isNew()).isTrue();
        assertThat(again).isEqualTo(new PushedLog.Stored(first.interactionId(), false));
        assertThat(stored).extracting(PushedLog.Stored::interactionId).containsOnly(stored.get(0).interactionId());
        assertThat(stored).filteredOn(PushedLog.Stored::isNew).hasSizeLessThanOrEqualTo(1);
        assertThat(ao.find(InteractionEntity.class, Query.select().order("ID")))
                .extracting(InteractionEntity::getExternalId, InteractionEntity::getChannel,
                        InteractionEntity::getDirection, InteractionEntity::getDisposition,
                        InteractionEntity::getCallSeconds, InteractionEntity::getStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wamid.1", "whatsapp", "INBOUND", null, null, "RECEIVED"),
                        org.assertj.core.groups.Tuple.tuple("CA1", "phone", "OUTBOUND", "ANSWERED", 95, "RECEIVED"));
        assertThat(log.find(account, "wamid.1")).contains(first.interactionId());
        assertThat(log.find(account, "wamid.2")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenOurSentReply_whenReportsArriveOutOfOrder_thenItOnlyMovesForwardAndAFailureAfterSentShowsWhy(
            TestDatabase db) {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        reply(ao, account, "wamid.OUT1");
        reply(ao, account, "wamid.OUT2");
        AoReplyLog replies = new AoReplyLog(ao, CLOCK);

        // when
        List<ReplyLog.ReceiptResult> results = List.of(
                replies.receipt(account, receipt("wamid.OUT1", DeliveryReceipt.State.READ)),
                replies.receipt(account, receipt("wamid.OUT1", DeliveryReceipt.State.SENT)),
                replies.receipt(account, receipt("wamid.OUT1", DeliveryReceipt.State.DELIVERED)),
                replies.receipt(account, receipt("wamid.OUT2", DeliveryReceipt.State.SENT)),
                replies.receipt(account, new DeliveryReceipt("wamid.OUT2", DeliveryReceipt.State.FAILED,
                        CLOCK.instant(), Optional.of("undeliverable (code 131026)"))),
                replies.receipt(account, receipt("wamid.OTHER", DeliveryReceipt.State.READ)),
                replies.receipt(account + 1, receipt("wamid.OUT1", DeliveryReceipt.State.READ)));

        // then
        assertThat(results).containsExactly(ReplyLog.ReceiptResult.APPLIED, ReplyLog.ReceiptResult.STALE,
                ReplyLog.ReceiptResult.STALE, ReplyLog.ReceiptResult.APPLIED, ReplyLog.ReceiptResult.APPLIED,
                ReplyLog.ReceiptResult.UNKNOWN, ReplyLog.ReceiptResult.UNKNOWN);
        assertThat(ao.find(InteractionEntity.class, Query.select().order("ID")))
                .extracting(InteractionEntity::getDelivery, InteractionEntity::getStatus, InteractionEntity::getFailure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("READ", "SENT", null),
                        org.assertj.core.groups.Tuple.tuple("FAILED", "FAILED", "undeliverable (code 131026)"));
    }

    private static DeliveryReceipt receipt(String id, DeliveryReceipt.State state) {
        return new DeliveryReceipt(id, state, CLOCK.instant(), Optional.empty());
    }

    private static void reply(EntityManagerActiveObjects ao, long account, String id) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", InteractionRows.dedupeKey(account, id));
        row.put("ACCOUNT_ID", (int) account);
        row.put("CHANNEL", "whatsapp");
        row.put("EXTERNAL_ID", id);
        row.put("DIRECTION", Direction.OUTBOUND.name());
        row.put("KIND", PostKind.DIRECT_MESSAGE.name());
        row.put("OCCURRED_AT", CLOCK.millis());
        row.put("RECEIVED_AT", CLOCK.millis());
        row.put("STATUS", "SENT");
        ao.create(InteractionEntity.class, row);
    }

    private static InboundPost post(String id, PostKind kind) {
        return new InboundPost(id, kind, "hello", Optional.empty(), new Author("+14155550100", "+14155550100",
                "Jane", OptionalLong.empty(), Optional.empty()), CLOCK.instant(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private EntityManagerActiveObjects migrated(TestDatabase db) {
        return databases.connect(db, ChannelAccountEntity.class, InteractionEntity.class, PipelineMarkEntity.class);
    }
}
