package io.socialdesk.surge;

import io.socialdesk.intake.SurgeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a surge starts and ends, by rules an admin can follow: the rate is the posts of the last {@link #WINDOW} per
 * minute; the usual rate is the account's posts of the {@link #BASELINE} before that window per minute (a new
 * account's usual rate is near zero, so only the minimum counts until it has history). A surge starts when the rate
 * reaches both the minimum and {@code factor} times the usual rate; it ends when the rate has fallen below half of
 * the threshold that started it, at least {@link #MIN_LENGTH} after its start, so one quiet minute does not split a
 * storm into two incidents.
 */
public final class SurgeDetector {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration BASELINE = Duration.ofDays(7);
    public static final Duration MIN_LENGTH = Duration.ofMinutes(10);

    /** Posts counted for one decision: in the window, and in the baseline span before it. */
    public record Counts(int recent, int before) {
        double rate() {
            return recent / (double) WINDOW.toMinutes();
        }

        double usual() {
            return before / (double) BASELINE.toMinutes();
        }
    }

    public sealed interface Decision {
    }

    public record Start(double rate, double threshold, double usual) implements Decision {
    }

    public record Continue(double rate) implements Decision {
    }

    public record End(double rate) implements Decision {
    }

    public record Quiet(double rate, double threshold) implements Decision {
    }

    private SurgeDetector() {
    }

    public static Decision decide(Counts counts, SurgeSettings settings, Optional<Surge> active, Instant now) {
        double rate = counts.rate();
        if (active.isPresent()) {
            Surge surge = active.get();
            boolean longEnough = !now.isBefore(surge.startedAt().plus(MIN_LENGTH));
            return longEnough && rate < surge.threshold() / 2 ? new End(rate) : new Continue(rate);
        }
        double threshold = Math.max(settings.minPerMinute(), settings.factor() * counts.usual());
        return rate >= threshold ? new Start(rate, threshold, counts.usual()) : new Quiet(rate, threshold);
    }
}
