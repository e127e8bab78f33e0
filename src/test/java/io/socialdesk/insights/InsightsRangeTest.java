package io.socialdesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Buckets are calendar hours, days and weeks in the desk's zone, daylight-saving changes included. */
class InsightsRangeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void givenDayBucketsOverTheAutumnClockChange_whenListed_thenEachStartsAtLocalMidnightAndOneDayHas25Hours() {
        // given: Berlin leaves summer time on 2026-10-25 at 03:00 local
        InsightsRange range = new InsightsRange(Instant.parse("2026-10-23T22:00:00Z"),
                Instant.parse("2026-10-26T23:00:00Z"), InsightsRange.Bucket.DAY, BERLIN);

        // when / then
        assertThat(range.buckets()).containsExactly(Instant.parse("2026-10-23T22:00:00Z"),
                Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(range.bucketOf(Instant.parse("2026-10-25T22:30:00Z")))
                .as("23:30 local on the 25-hour day").isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
    }

    @Test
    void givenWeekAndHourBuckets_whenAnInstantIsPlaced_thenWeeksStartOnMondayAndHoursOnTheHourInTheZone() {
        InsightsRange weeks = new InsightsRange(Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-20T10:00:00Z"), InsightsRange.Bucket.WEEK, ZoneId.of("UTC"));
        InsightsRange hours = new InsightsRange(Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2026-12-02T13:00:00Z"), InsightsRange.Bucket.HOUR, ZoneId.of("Asia/Kolkata"));

        assertThat(weeks.buckets()).containsExactly(Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("2026-12-07T00:00:00Z"), Instant.parse("2026-12-14T00:00:00Z"));
        // India is UTC+05:30: its hours start at half past the UTC hour
        assertThat(hours.bucketOf(Instant.parse("2026-12-02T10:45:00Z"))).isEqualTo(Instant.parse("2026-12-02T10:30:00Z"));
        assertThat(hours.buckets()).hasSize(4);
    }

    @Test
    void givenWrongParameters_whenRead_thenTheWrongOneIsNamed() {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        assertThat(InsightsParams.read(null, null, null, null, now).range()).hasValueSatisfying(r -> {
            assertThat(r.bucket()).isEqualTo(InsightsRange.Bucket.DAY);
            assertThat(r.from()).isEqualTo(Instant.parse("2026-11-29T12:00:00Z"));
        });
        assertThat(InsightsParams.read("yesterday", null, null, null, now).field()).contains("from");
        assertThat(InsightsParams.read(null, "2026-13-01", null, null, now).field()).contains("to");
        assertThat(InsightsParams.read("2026-12-07T00:00:00Z", null, null, null, now).field()).contains("from");
        assertThat(InsightsParams.read("2025-01-01T00:00:00Z", null, null, null, now).problem()).contains("400 days");
        assertThat(InsightsParams.read(null, null, "month", null, now).field()).contains("bucket");
        assertThat(InsightsParams.read("2026-10-01T00:00:00Z", null, "hour", null, now).field()).contains("bucket");
        assertThat(InsightsParams.read(null, null, null, "Mars/Olympus", now).field()).contains("zone");
    }
}
