package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.MigratedDatabases;
import io.socialdesk.testing.TestDatabase;
import io.socialdesk.viral.WatchedPost;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Viral-risk watching's store on HSQLDB and PostgreSQL: which posts are due, reads, the budget count, flags. */
class AoViralWatchTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration FIRST_READ_AFTER = Duration.ofMinutes(5);
    @RegisterExtension
    final MigratedDatabases databases = new MigratedDatabases();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenRoutedPostsDmsAndUnroutedOnes_whenAskedWhatIsDue_thenOnlyPublicPostsOnRequestsOldEnoughComeOldestFirst(
            TestDatabase db) {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        AoViralWatch store = new AoViralWatch(ao);
        routed(ao, account, "old", PostKind.MENTION, NOW.minus(Duration.ofHours(30)), 7L);
        routed(ao, account, "early", PostKind.MENTION, NOW.minus(Duration.ofHours(2)), 7L);
        routed(ao, account, "later", PostKind.MENTION, NOW.minus(Duration.ofHours(1)), 8L);
        routed(ao, account, "fresh", PostKind.MENTION, NOW.minus(Duration.ofMinutes(2)), 8L);
        routed(ao, account, "dm", PostKind.DIRECT_MESSAGE, NOW.minus(Duration.ofHours(1)), 8L);
        routed(ao, account, "unrouted", PostKind.MENTION, NOW.minus(Duration.ofHours(1)), null);

        // when
        List<WatchedPost> due = store.due(account, NOW.minus(Duration.ofHours(24)), NOW, FIRST_READ_AFTER, 10);

        // then
        assertThat(due).extracting(WatchedPost::externalId).containsExactly("early", "later");
        WatchedPost early = due.get(0);
        assertThat(early.issueId()).isEqualTo(7L);
        assertThat(early.authorHandle()).isEqualTo("jane");
        assertThat(early.followers()).hasValue(150);
        assertThat(early.url()).contains(URI.create("https://mastodon.example/@jane/early"));
        assertThat(early.counts()).isEmpty();
        assertThat(store.due(account, NOW.minus(Duration.ofHours(24)), NOW, FIRST_READ_AFTER, 1))
                .extracting(WatchedPost::externalId).containsExactly("early");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenReadsAGonePostAndAFlag_whenAskedAgain_thenReadsCountForTheBudgetAndTheFlaggedPostIsShownWithItsCounts(
            TestDatabase db) {
        // given
        EntityManagerActiveObjects ao = migrated(db);
        long account = AccountRows.mastodon(ao);
        AoViralWatch store = new AoViralWatch(ao);
        routed(ao, account, "a", PostKind.MENTION, NOW.minus(Duration.ofHours(2)), 7L);
        routed(ao, account, "b", PostKind.MENTION, NOW.minus(Duration.ofHours(1)), 7L);
        routed(ao, account, "c", PostKind.MENTION, NOW.minus(Duration.ofMinutes(50)), 9L);
        List<WatchedPost> due = store.due(account, NOW.minus(Duration.ofHours(24)), NOW, FIRST_READ_AFTER, 10);

        // when: a is read and found at risk, b is gone, c is postponed (its request resolved)
        store.counted(account, due.get(0), new Engagement(20, 1, 40, 3), NOW, NOW.plus(Duration.ofMinutes(10)));
        store.flag(due.get(0).interactionId(), NOW);
        store.gone(account, due.get(1), NOW);
        store.postponed(account, due.get(2), NOW.plus(Duration.ofMinutes(10)));

        // then
        assertThat(store.readsSince(account, NOW.minus(Duration.ofMinutes(5)))).isEqualTo(2);
        assertThat(store.readsSince(account, NOW.plusSeconds(1))).isZero();
        assertThat(store.due(account, NOW.minus(Duration.ofHours(24)), NOW.plus(Duration.ofMinutes(9)),
                FIRST_READ_AFTER, 10)).isEmpty();
        List<WatchedPost> later = store.due(account, NOW.minus(Duration.ofHours(24)),
                NOW.plus(Duration.ofMinutes(10)), FIRST_READ_AFTER, 10);
        assertThat(later).extracting(WatchedPost::externalId).containsExactly("a", "c");
        assertThat(later.get(0).flagged()).isTrue();
        assertThat(later.get(0).counts()).contains(new Engagement(20, 1, 40, 3));
        List<WatchedPost> risks = store.risksOn(7L);
        assertThat(risks).extracting(WatchedPost::externalId).containsExactly("a");
        assertThat(risks.get(0).readAt()).contains(NOW);
        assertThat(store.risksOn(9L)).isEmpty();
        assertThat(ao.count(ViralWatchEntity.class, Query.select())).isEqualTo(3);
    }

    private EntityManagerActiveObjects migrated(TestDatabase db) {
        return databases.connect(db, ChannelAccountEntity.class, InteractionEntity.class, PipelineMarkEntity.class,
                ViralWatchEntity.class);
    }

    /** A post recorded as intake records it, then marked routed onto {@code issueId} (null: not routed yet). */
    private static void routed(EntityManagerActiveObjects ao, long account, String id, PostKind kind, Instant at,
                               Long issueId) {
        new AoInbox(ao, Clock.fixed(at, ZoneOffset.UTC)).record(account, List.of(new InboundPost(id, kind,
                "@acme where is my order?", Optional.of(URI.create("https://mastodon.example/@jane/" + id)),
                new Author("108", "jane", "Jane", OptionalLong.of(150), Optional.empty()), at, Optional.empty(),
                Optional.empty(), Optional.of("en"))), Optional.of(id));
        if (issueId != null) {
            for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select().where("EXTERNAL_ID = ?", id))) {
                row.setStatus("ROUTED");
                row.setIssueId(issueId);
                row.save();
            }
        }
    }
}
