package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.InteractionLog.IssueActivity;
import io.socialdesk.intake.Placement;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.host.PluginDescriptor;
import io.socialdesk.testing.MigratedDatabases;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request's activity for its {@code socialdesk} property (how many inbound contacts it holds, and the newest), read
 * for a whole publication pass in one aggregate query: the same numbers as counting row by row, on both databases.
 */
class IssueActivityTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    @RegisterExtension
    final MigratedDatabases databases = new MigratedDatabases();
    private EntityManagerActiveObjects ao;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenRequestsWithInboundPostsOfTwoCustomersAndAReply_whenTheirActivityIsReadTogether_thenEachCountsItsInboundPostsAndItsNewest(
            TestDatabase db) {
        // given: two customers' posts on request 10000 (a reply there, newer, is outbound), one on 10001
        AoInteractionLog log = log(db);
        long account = AccountRows.mastodon(ao);
        new AoInbox(ao, CLOCK).record(account, List.of(post("p1", 0), post("p2", 60), post("p3", 30)),
                Optional.empty());
        Map<String, Long> ids = new HashMap<>();
        log.pending(account, 10).forEach(i -> ids.put(i.post().externalId(), i.id()));
        log.markDone(List.of(done(ids.get("p1"), 7, 10_000L), done(ids.get("p2"), 8, 10_000L),
                done(ids.get("p3"), 7, 10_001L)));
        reply(log, account, ids.get("p2"), 120);

        // when: with a request that has none, one named twice, and more than one IN list's worth of ids
        List<Long> asked = new ArrayList<>(List.of(10_000L, 10_001L, 10_002L, 10_000L));
        LongStream.range(20_000, 20_000 + InLists.CHUNK).forEach(asked::add);
        Map<Long, IssueActivity> activity = log.activityOnIssues(asked);

        // then
        assertThat(activity).containsEntry(10_000L, new IssueActivity(2, T0.plusSeconds(60)))
                .containsEntry(10_001L, new IssueActivity(1, T0.plusSeconds(30)))
                .containsEntry(10_002L, new IssueActivity(0, Instant.EPOCH))
                .containsEntry(20_000L + InLists.CHUNK - 1, new IssueActivity(0, Instant.EPOCH))
                .hasSize(3 + InLists.CHUNK);
        assertThat(log.activityOnIssue(10_000L)).isEqualTo(activity.get(10_000L));
        assertThat(log.reload(ids.get("p2"))).get().extracting(Interaction::issueId).isEqualTo(Optional.of(10_000L));
    }

    /** An agent's reply on the answered post's request, in the row the reply log records (its kind is the post's). */
    private void reply(AoInteractionLog log, long account, long answeredId, int second) {
        Interaction answered = log.reload(answeredId).orElseThrow();
        ao.create(InteractionEntity.class, InteractionRows.reply(account, MastodonChannel.KIND, "r" + answeredId,
                answered.post().kind(), "We are on it", answered, "1", "acme", answered.issueId().orElseThrow(),
                "agent", T0.plusSeconds(second).toEpochMilli()));
    }

    private static InteractionLog.Done done(long id, long contact, long issueId) {
        return new InteractionLog.Done(id, contact, RouteOutcome.MERGED, Optional.of(issueId), Optional.empty(),
                Optional.empty(), Placement.NONE);
    }

    private AoInteractionLog log(TestDatabase db) {
        ao = databases.connect(db, PluginDescriptor.load().aoEntityClasses());
        return new AoInteractionLog(ao, CLOCK);
    }

    private static InboundPost post(String id, int second) {
        return new InboundPost(id, PostKind.MENTION, "my order is late",
                Optional.of(URI.create("https://mastodon.example/@jane/" + id)),
                new Author("108", "jane", "Jane", OptionalLong.of(10), Optional.empty()), T0.plusSeconds(second),
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
