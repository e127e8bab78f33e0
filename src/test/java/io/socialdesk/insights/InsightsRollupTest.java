package io.socialdesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hourly rollup on both databases: each routed contact is counted once, in its desk's hour and channel with what
 * triage read; a contact still being routed waits; a second run counts nothing again.
 */
class InsightsRollupTest {
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenContactsOverTwoHoursOneStillPending_whenRolledUpTwice_thenEachRoutedOneIsCountedOnce(TestDatabase db)
            throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: two in the first hour (a complaint, praise), one later in the next, routed; then one pending
            Instant start = IntakeFixture.START;
            node.receive(post("901", "601", "ann", "my parcel is broken and nobody answers, terrible", start),
                    post("902", "602", "ben", "thank you so much, great help!", start.plusSeconds(600)),
                    post("903", "603", "cleo", "where is my order 7731?", start.plusSeconds(3_900)));
            node.router().routePending(node.account);
            node.receive(post("904", "604", "dan", "still waiting", start.plusSeconds(4_000)));
            InsightsRollup rollup = node.node.get(InsightsRollup.class);

            // when
            int first = rollup.catchUp();
            int again = rollup.catchUp();

            // then
            assertThat(first).isEqualTo(3);
            assertThat(again).isZero();
            Insights.Result hourly = node.node.get(Insights.class).of(1, new InsightsRange(start,
                    start.plus(Duration.ofHours(2)), InsightsRange.Bucket.HOUR, ZoneId.of("UTC")));
            assertThat(hourly.volume()).extracting(Insights.Volume::total).containsExactly(2, 1);
            assertThat(hourly.channels()).containsExactly("mastodon");
            assertThat(hourly.mix().get(0).praise()).isEqualTo(1);
            assertThat(hourly.mix().get(0).complaints()).isEqualTo(1);
            assertThat(hourly.mix().get(1).questions()).isEqualTo(1);

            // and when: the pending one is routed
            node.router().routePending(node.account);
            assertThat(rollup.catchUp()).isEqualTo(1);
            assertThat(node.node.get(Insights.class).of(1, new InsightsRange(start, start.plus(Duration.ofHours(2)),
                    InsightsRange.Bucket.DAY, ZoneId.of("UTC"))).volume()).extracting(Insights.Volume::total)
                    .containsExactly(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenARequestAnsweredByAnAgentAndOneOnlyAcknowledged_whenRolledUp_thenOnlyTheAgentsReplyIsAResponse(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: two customers' requests; an agent answers Ann after 25 minutes, Ben only gets the acknowledgement
            Instant start = IntakeFixture.START;
            node.receive(post("911", "611", "ann", "my order 1001 never arrived", start),
                    post("912", "612", "ben", "my order 1002 never arrived", start));
            node.router().routePending(node.account);
            node.clock.advance(Duration.ofMinutes(25));
            io.socialdesk.agent.ReplyTarget targets = node.node.get(io.socialdesk.agent.ReplyTarget.class);
            io.socialdesk.agent.ReplyLog replies = node.node.get(io.socialdesk.agent.ReplyLog.class);
            long ann = node.jsm.requests().stream().filter(r -> r.summary().contains("1001")).findFirst()
                    .orElseThrow().id();
            long ben = node.jsm.requests().stream().filter(r -> r.summary().contains("1002")).findFirst()
                    .orElseThrow().id();
            long toAnn = replies.start(targets.forIssue(ann).orElseThrow(), ann, "alice", "On its way today");
            replies.sent(toAnn, "9911", Optional.empty());
            long toBen = replies.start(targets.forIssue(ben).orElseThrow(), ben, node.account.intakeUserKey(),
                    "Thanks, we are on it");
            replies.sent(toBen, "9912", Optional.empty());
            node.clock.advance(Duration.ofMinutes(60));
            // Ben writes twice more: three contacts on one open request
            node.receive(post("913", "612", "ben", "hello? order 1002", node.clock.instant()),
                    post("914", "612", "ben", "still nothing about 1002", node.clock.instant().plusSeconds(60)));
            node.router().routePending(node.account);

            // when
            node.node.get(InsightsRollup.class).catchUp();
            Insights.Result result = node.node.get(Insights.class).of(1, new InsightsRange(start,
                    start.plus(Duration.ofDays(1)), InsightsRange.Bucket.DAY, ZoneId.of("UTC")));

            // then
            assertThat(result.firstResponse()).singleElement().satisfies(channel -> {
                assertThat(channel.answered()).isEqualTo(1);
                assertThat(channel.unanswered()).isEqualTo(1);
                assertThat(channel.median()).isEqualTo(Duration.ofMinutes(25));
            });
            assertThat(result.waiting()).extracting(listed -> listed.facts().issueId()).containsExactly(ben);
            assertThat(result.effort()).singleElement().satisfies(listed -> {
                assertThat(listed.facts().issueId()).isEqualTo(ben);
                assertThat(listed.facts().contacts()).isEqualTo(3);
                assertThat(listed.key()).startsWith("CS-");
            });
            // the rollup's run fired both signals on Ben's request, once; Ann's answered request got neither
            var bens = node.jsm.requestById(ben).orElseThrow();
            assertThat(bens.socialDeskEvents()).containsOnlyOnce("SocialDesk: waiting too long",
                    "SocialDesk: repeat contact");
            assertThat(node.jsm.requestById(ann).orElseThrow().socialDeskEvents())
                    .doesNotContain("SocialDesk: waiting too long", "SocialDesk: repeat contact");
            var property = com.google.gson.JsonParser.parseString(bens.properties().get("socialdesk"))
                    .getAsJsonObject();
            assertThat(property.get("contactsWhileOpen").getAsInt()).isEqualTo(3);
            assertThat(property.get("channelsWhileOpen").getAsInt()).isEqualTo(1);
            assertThat(property.get("waitingSince").getAsString()).isEqualTo(start.toString());

            // and when: the job runs again, nothing new has happened
            node.node.get(InsightsRollup.class).catchUp();
            assertThat(node.jsm.requestById(ben).orElseThrow().socialDeskEvents())
                    .containsOnlyOnce("SocialDesk: waiting too long", "SocialDesk: repeat contact");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenARepeatContactOnARequestThatWasResolvedAndReopened_whenRolledUp_thenEachEpisodeCountsAndSignalsApart(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: Cara writes three times about her order; the request is resolved the next day
            Instant start = IntakeFixture.START;
            for (int i = 0; i < 3; i++) {
                node.receive(post("93" + i, "633", "cara", "order 3003 is broken, message " + i,
                        start.plus(Duration.ofMinutes(i))));
                node.router().routePending(node.account);
            }
            node.node.get(InsightsRollup.class).catchUp();
            var request = node.jsm.requests().get(0);
            node.clock.advance(Duration.ofDays(1));
            node.jsm.transition(request.key(), "Resolved", true);

            // when: a day later she answers in her thread, three times; the job counts
            node.clock.advance(Duration.ofDays(1));
            for (int i = 0; i < 3; i++) {
                node.receive(reply("94" + i, i == 0 ? "932" : "94" + (i - 1), "633", "cara",
                        "order 3003 is broken again, message " + i, node.clock.instant().plus(Duration.ofMinutes(i))));
                node.router().routePending(node.account);
            }
            node.clock.advance(Duration.ofMinutes(5));
            node.node.get(InsightsRollup.class).catchUp();

            // then: one request, reopened; "while open" counts the second episode, and its repeat is signalled too
            assertThat(node.jsm.requests()).singleElement();
            var reopened = node.jsm.requestById(request.id()).orElseThrow();
            assertThat(reopened.resolvedAt()).isEmpty();
            assertThat(reopened.socialDeskEvents()).filteredOn("SocialDesk: repeat contact"::equals).hasSize(2);
            var property = com.google.gson.JsonParser.parseString(reopened.properties().get("socialdesk"))
                    .getAsJsonObject();
            assertThat(property.get("contactsWhileOpen").getAsInt()).isEqualTo(3);
        }
    }

    private static InboundPost reply(String id, String inReplyTo, String authorId, String handle, String text,
                                     Instant at) {
        return new InboundPost(id, PostKind.MENTION, text,
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle, OptionalLong.of(100), Optional.empty()), at,
                Optional.empty(), Optional.of(inReplyTo), Optional.of("en"));
    }

    private static InboundPost post(String id, String authorId, String handle, String text, Instant at) {
        return new InboundPost(id, PostKind.MENTION, text,
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle, OptionalLong.of(100), Optional.empty()), at,
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
