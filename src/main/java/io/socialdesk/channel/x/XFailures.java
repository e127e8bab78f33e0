package io.socialdesk.channel.x;

import io.socialdesk.channel.FetchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** X's answers that are not data, as X documents them: 429 until x-rate-limit-reset, 401/403, 402 billing. */
final class XFailures {
    /** X's rate windows are 15 minutes; without a reset header, wait one window. */
    private static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private XFailures() {
    }

    static Optional<FetchResult> of(int status, Optional<String> resetEpochSeconds, Clock clock) {
        if (status == 429) {
            Instant reset = resetEpochSeconds.flatMap(XFailures::epochSeconds)
                    .orElse(clock.instant().plus(DEFAULT_WINDOW));
            return Optional.of(new FetchResult.RateLimited(reset));
        }
        if (status == 401 || status == 403) {
            return Optional.of(new FetchResult.AuthFailed("HTTP " + status + ": X refused the account's tokens"));
        }
        if (status == 402) {
            return Optional.of(new FetchResult.BillingPaused("HTTP 402: the X developer account has no credit left"));
        }
        if (status < 200 || status >= 300) {
            return Optional.of(new FetchResult.Unavailable("HTTP " + status));
        }
        return Optional.empty();
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
