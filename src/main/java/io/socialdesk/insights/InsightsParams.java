package io.socialdesk.insights;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The query parameters of the insights API read strictly: {@code from} and {@code to} as ISO-8601 instants (default:
 * the seven days up to now), {@code bucket} hour, day or week (default day), {@code zone} an IANA zone (default UTC).
 * A wrong one is named, nothing is guessed.
 */
public final class InsightsParams {
    /** Either the range or the parameter that is wrong and why. */
    public record Read(Optional<InsightsRange> range, Optional<String> field, String problem) {
        static Read ok(InsightsRange range) {
            return new Read(Optional.of(range), Optional.empty(), "");
        }

        static Read wrong(String field, String problem) {
            return new Read(Optional.empty(), Optional.of(field), problem);
        }
    }

    private InsightsParams() {
    }

    public static Read read(String from, String to, String bucket, String zone, Instant now) {
        Optional<Instant> end = to == null ? Optional.of(now) : instant(to);
        if (end.isEmpty()) {
            return Read.wrong("to", "must be an ISO-8601 instant, e.g. 2026-12-06T00:00:00Z");
        }
        Optional<Instant> start = from == null ? Optional.of(end.get().minus(Duration.ofDays(7))) : instant(from);
        if (start.isEmpty()) {
            return Read.wrong("from", "must be an ISO-8601 instant, e.g. 2026-11-29T00:00:00Z");
        }
        if (!start.get().isBefore(end.get())) {
            return Read.wrong("from", "must be before to");
        }
        if (Duration.between(start.get(), end.get()).compareTo(InsightsRange.MAX_RANGE) > 0) {
            return Read.wrong("from", "the range may be at most " + InsightsRange.MAX_RANGE.toDays() + " days");
        }
        Optional<InsightsRange.Bucket> size = bucket == null ? Optional.of(InsightsRange.Bucket.DAY)
                : java.util.Arrays.stream(InsightsRange.Bucket.values())
                .filter(b -> b.name().equals(bucket.strip().toUpperCase(Locale.ROOT))).findFirst();
        if (size.isEmpty()) {
            return Read.wrong("bucket", "must be hour, day or week");
        }
        if (size.get() == InsightsRange.Bucket.HOUR
                && Duration.between(start.get(), end.get()).compareTo(InsightsRange.MAX_HOURLY) > 0) {
            return Read.wrong("bucket", "hour buckets cover at most " + InsightsRange.MAX_HOURLY.toDays()
                    + " days; use day or week");
        }
        Optional<ZoneId> in = zone == null ? Optional.of(ZoneId.of("UTC")) : zone(zone);
        if (in.isEmpty()) {
            return Read.wrong("zone", "must be a time zone id, e.g. Europe/Berlin or UTC");
        }
        return Read.ok(new InsightsRange(start.get(), end.get(), size.get(), in.get()));
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String value) {
        try {
            return Optional.of(ZoneId.of(value.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
