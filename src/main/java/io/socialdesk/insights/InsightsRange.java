package io.socialdesk.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page asks for: a period, its bucket size and the time zone its days and weeks are counted in (a day is a
 * calendar day there, 23 or 25 hours long at a daylight-saving change; a week starts on Monday).
 */
public record InsightsRange(Instant from, Instant to, Bucket bucket, ZoneId zone) {
    public static final Duration MAX_RANGE = Duration.ofDays(400);
    public static final Duration MAX_HOURLY = Duration.ofDays(31);

    public enum Bucket {
        HOUR,
        DAY,
        WEEK
    }

    /** The start of the bucket {@code at} falls in. */
    public Instant bucketOf(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime start = switch (bucket) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
        return start.toInstant();
    }

    /** Every bucket's start from the one {@code from} falls in to the one before {@code to}, in order. */
    public List<Instant> buckets() {
        List<Instant> starts = new ArrayList<>();
        ZonedDateTime at = bucketOf(from).atZone(zone);
        while (at.toInstant().isBefore(to)) {
            starts.add(at.toInstant());
            at = switch (bucket) {
                case HOUR -> at.plusHours(1);
                // calendar arithmetic in the zone: the next midnight, whatever the day's length
                case DAY -> at.plusDays(1).truncatedTo(ChronoUnit.DAYS);
                case WEEK -> at.plusWeeks(1).truncatedTo(ChronoUnit.DAYS);
            };
        }
        return starts;
    }
}
