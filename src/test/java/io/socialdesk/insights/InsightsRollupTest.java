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

    private static InboundPost post(String id, String authorId, String handle, String text, Instant at) {
        return new InboundPost(id, PostKind.MENTION, text,
                Optional.of(URI.create("https://mastodon.example/@" + handle + "/" + id)),
                new Author(authorId, handle, handle, OptionalLong.of(100), Optional.empty()), at,
                Optional.empty(), Optional.empty(), Optional.of("en"));
    }
}
