package io.socialdesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.store.AoInsightsMarks;
import io.socialdesk.store.SurgeEntity;
import io.socialdesk.store.ViralWatchEntity;
import io.socialdesk.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The surges and viral risks marked on a desk's contacts chart, on both databases. */
class InsightsMarksTest {
    private static final Instant FROM = IntakeFixture.START;
    private static final Instant TO = FROM.plus(Duration.ofDays(7));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenSurgesAndFlaggedPostsInAndAroundTheWeek_whenMarked_thenOnlyThoseOverlappingItOfThisDesk(TestDatabase db)
            throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: the desk's account had a surge ending in the week, one still going, one long before
            int account = (int) node.account.id();
            surge(node, account, FROM.minus(Duration.ofHours(3)), FROM.plus(Duration.ofHours(2)));
            surge(node, account, TO.minus(Duration.ofHours(1)), null);
            surge(node, account, FROM.minus(Duration.ofDays(30)), FROM.minus(Duration.ofDays(29)));
            surge(node, 9_999, FROM.plus(Duration.ofDays(1)), null); // another desk's account
            // a post flagged in the week, one flagged the week before, one never
            watch(node, account, 1, FROM.plus(Duration.ofDays(2)), 10_000L);
            watch(node, account, 2, FROM.minus(Duration.ofDays(2)), 10_001L);
            watch(node, account, 3, null, 10_002L);

            // when
            InsightsMarks.Marks marks = node.node.get(AoInsightsMarks.class).of(node.account.target().serviceDeskId(),
                    FROM, TO, 50);

            // then
            assertThat(marks.surges()).extracting(InsightsMarks.Surge::from).containsExactly(
                    FROM.minus(Duration.ofHours(3)), TO.minus(Duration.ofHours(1)));
            assertThat(marks.surges().get(1).to()).isEmpty();
            assertThat(marks.surges()).extracting(InsightsMarks.Surge::channel).containsOnly("mastodon");
            assertThat(marks.viralRisks()).singleElement().satisfies(risk -> {
                assertThat(risk.at()).isEqualTo(FROM.plus(Duration.ofDays(2)));
                assertThat(risk.issueId()).contains(10_000L);
            });
        }
    }

    private static void surge(IntakeFixture node, int account, Instant from, Instant to) {
        SurgeEntity surge = node.ao.create(SurgeEntity.class, new DBParam("ACCOUNT_ID", account),
                new DBParam("STARTED_AT", from.toEpochMilli()), new DBParam("THRESHOLD", 5.0),
                new DBParam("BASELINE", 1.0), new DBParam("PEAK", 9.0));
        Optional.ofNullable(to).ifPresent(end -> {
            surge.setEndedAt(end.toEpochMilli());
            surge.save();
        });
    }

    private static void watch(IntakeFixture node, int account, long interaction, Instant flagged, long issue) {
        ViralWatchEntity row = node.ao.create(ViralWatchEntity.class, new DBParam("INTERACTION_ID", interaction),
                new DBParam("ACCOUNT_ID", account), new DBParam("OCCURRED_AT", FROM.toEpochMilli()),
                new DBParam("NEXT_READ_AT", FROM.toEpochMilli()), new DBParam("STATE", "WATCHING"),
                new DBParam("ISSUE_ID", issue));
        if (flagged != null) {
            row.setFlaggedAt(flagged.toEpochMilli());
            row.save();
        }
    }
}
