package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.RecordResult;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.MigratedDatabases;
import io.socialdesk.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AoInboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    @RegisterExtension
    final MigratedDatabases databases = new MigratedDatabases();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPage_whenRecorded_thenEachPostIsReceivedAndTheCursorMovesInTheSameTransaction(TestDatabase db) {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);

        // when
        RecordResult result = new AoInbox(ao, CLOCK).record(account, posts(1, 3), Optional.of("n3"));

        // then
        assertThat(result).isEqualTo(new RecordResult.Recorded(3, 0));
        assertThat(ao.find(InteractionEntity.class, Query.select().order("EXTERNAL_ID")))
                .extracting(InteractionEntity::getExternalId, InteractionEntity::getStatus,
                        InteractionEntity::getAuthorHandle, InteractionEntity::getAuthorFollowers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p1", "RECEIVED", "jane", 1234L),
                        org.assertj.core.groups.Tuple.tuple("p2", "RECEIVED", "jane", 1234L),
                        org.assertj.core.groups.Tuple.tuple("p3", "RECEIVED", "jane", 1234L));
        assertThat(ao.get(ChannelAccountEntity.class, (int) account).getCursor()).isEqualTo("n3");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPageAlreadyRecorded_whenTheSamePostsArriveAgain_thenNothingIsStoredTwice(TestDatabase db) {
        // given: a crash after the commit but before routing; the next poll overlaps the first page
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        AoInbox inbox = new AoInbox(ao, CLOCK);
        inbox.record(account, posts(1, 3), Optional.of("n3"));

        // when
        RecordResult again = inbox.record(account, posts(2, 5), Optional.of("n5"));

        // then
        assertThat(again).isEqualTo(new RecordResult.Recorded(2, 2));
        assertThat(ao.count(InteractionEntity.class, Query.select())).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPageThatFailsHalfWay_whenRecorded_thenNothingIsStoredAndTheCursorStays(TestDatabase db) {
        // given: the third post cannot be stored (an id longer than the column), as if the node died there
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        List<InboundPost> page = new ArrayList<>(posts(1, 2));
        page.add(post("p" + "9".repeat(400)));

        // when
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new AoInbox(ao, CLOCK).record(account, page, Optional.of("n3")));

        // then
        assertThat(failure).isNotNull();
        assertThat(ao.count(InteractionEntity.class, Query.select())).isZero();
        assertThat(ao.get(ChannelAccountEntity.class, (int) account).getCursor()).isEqualTo("n0");
    }

    @Test
    void givenTwoNodesOnOnePostgres_whenBothRecordTheSamePagesAtOnce_thenEveryPostIsStoredExactlyOnce()
            throws Exception {
        // given: two independent AO instances ("nodes") on the same PostgreSQL database
        EntityManagerActiveObjects nodeA = migrated(TestDatabase.POSTGRESQL);
        EntityManagerActiveObjects nodeB = TestDatabase.Postgres.sameDatabaseAs(nodeA);
        databases.keep(nodeB);
        long account = AccountRows.mastodon(nodeA);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        // when: 20 rounds, each node records the same page at the same moment, retrying conflicts as the poller does
        List<Future<Integer>> inserted = new ArrayList<>();
        for (EntityManagerActiveObjects node : List.of(nodeA, nodeB)) {
            AoInbox inbox = new AoInbox(node, CLOCK);
            inserted.add(pool.submit((Callable<Integer>) () -> {
                int mine = 0;
                for (int round = 0; round < 20; round++) {
                    together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    RecordResult result;
                    do {
                        result = inbox.record(account, posts(round * 5 + 1, round * 5 + 5),
                                Optional.of("n" + round));
                    } while (result instanceof RecordResult.Conflict);
                    mine += ((RecordResult.Recorded) result).inserted();
                }
                return mine;
            }));
        }
        int total = inserted.get(0).get(2, java.util.concurrent.TimeUnit.MINUTES)
                + inserted.get(1).get(2, java.util.concurrent.TimeUnit.MINUTES);
        pool.shutdown();

        // then
        assertThat(total).isEqualTo(100);
        assertThat(nodeA.count(InteractionEntity.class, Query.select())).isEqualTo(100);
    }

    private EntityManagerActiveObjects migrated(TestDatabase db) {
        return databases.connect(db, ChannelAccountEntity.class, InteractionEntity.class, PipelineMarkEntity.class);
    }

    private static List<InboundPost> posts(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> post("p" + i)).toList();
    }

    private static InboundPost post(String id) {
        return new InboundPost(id, PostKind.MENTION, "@acme where is my order? 📦", Optional.empty(),
                new Author("108", "jane", "Jane", OptionalLong.of(1234), Optional.empty()),
                Instant.parse("2026-11-22T09:00:00Z"), Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
