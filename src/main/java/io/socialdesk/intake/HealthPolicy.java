package io.socialdesk.intake;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.FetchResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Turns what a fetch gave into the account's next health. A page resets the failure count and polls again
 * after the interval, or after the network's reset when it said the quota is used up. A 429 waits for the reset. Bad
 * credentials and an exhausted X balance stop polling until an admin acts: retrying them only burns quota and floods
 * logs. Outages back off exponentially (interval × 2^failures with ±20% jitter, so the accounts of a cluster that
 * failed together do not all come back in the same second), never longer than an hour: the cap applies after the
 * jitter, or an hour's backoff would stretch to 72 minutes.
 */
@Component
public class HealthPolicy {
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final double JITTER = 0.2;

    private final DoubleSupplier random;

    @Inject
    public HealthPolicy() {
        this(() -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} yields values in [0, 1); tests pin it. */
    HealthPolicy(DoubleSupplier random) {
        this.random = random;
    }

    public AccountHealth after(FetchResult result, AccountHealth before, Duration interval, Instant now) {
        return switch (result) {
            case FetchResult.Page page -> new AccountHealth(AccountStatus.ACTIVE, Optional.of(now), Optional.of(now),
                    Optional.empty(), page.throttledUntil(), later(now.plus(interval), page.throttledUntil()), 0,
                    page.notice());
            case FetchResult.RateLimited limited -> failed(before, now, AccountStatus.ACTIVE,
                    "rate limited until " + limited.resetAt(), Optional.of(limited.resetAt()),
                    later(now.plus(interval), Optional.of(limited.resetAt())), before.consecutiveFailures());
            case FetchResult.AuthFailed auth -> failed(before, now, AccountStatus.AUTH_FAILED, auth.reason(),
                    Optional.empty(), now, before.consecutiveFailures() + 1);
            case FetchResult.BillingPaused billing -> failed(before, now, AccountStatus.PAUSED_BILLING,
                    billing.reason(), Optional.empty(), now, before.consecutiveFailures() + 1);
            case FetchResult.Unavailable outage -> {
                int failures = before.consecutiveFailures() + 1;
                yield failed(before, now, AccountStatus.ACTIVE, outage.reason(), Optional.empty(),
                        now.plus(backoff(interval, failures)), failures);
            }
        };
    }

    Duration backoff(Duration interval, int failures) {
        long cap = MAX_BACKOFF.toMillis();
        long delay = Math.min(interval.toMillis() << Math.min(failures, 20), cap);
        long jittered = Math.round(delay * (1 - JITTER + 2 * JITTER * random.getAsDouble()));
        // above the cap the jitter is reflected below it: never longer than the cap, still spread out
        long bounded = jittered > cap ? 2 * cap - jittered : jittered;
        return Duration.ofMillis(Math.max(interval.toMillis(), bounded));
    }

    private static AccountHealth failed(AccountHealth before, Instant now, AccountStatus status, String error,
                                        Optional<Instant> reset, Instant next, int failures) {
        return new AccountHealth(status, Optional.of(now), before.lastSuccessAt(), Optional.of(error), reset, next,
                failures, before.notice());
    }

    private static Instant later(Instant next, Optional<Instant> notBefore) {
        return notBefore.filter(n -> n.isAfter(next)).orElse(next);
    }
}
