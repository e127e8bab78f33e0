package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.AccountStatus;
import io.socialdesk.channel.FetchResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final AccountHealth FAILING_TWICE = new AccountHealth(AccountStatus.ACTIVE,
            Optional.of(NOW.minusSeconds(60)), Optional.of(NOW.minusSeconds(3600)), Optional.of("HTTP 503"),
            Optional.empty(), NOW, 2);

    private final HealthPolicy middleOfJitter = new HealthPolicy(() -> 0.5);

    @Test
    void givenAFailingAccount_whenAPageArrives_thenItRecoversAndPollsAfterTheInterval() {
        // when
        AccountHealth after = middleOfJitter.after(page(Optional.empty()), FAILING_TWICE, INTERVAL, NOW);

        // then
        assertThat(after).isEqualTo(new AccountHealth(AccountStatus.ACTIVE, Optional.of(NOW), Optional.of(NOW),
                Optional.empty(), Optional.empty(), NOW.plus(INTERVAL), 0));
    }

    @Test
    void givenAPageWithANotice_whenAnOutageFollowsAndThenAPageWithout_thenTheNoticeStaysUntilThatPage() {
        // given
        FetchResult.Page noticed = new FetchResult.Page(List.of(), Optional.of("c"), false, Optional.empty(),
                List.of(), Optional.of("private mentions are dropped"));
        AccountHealth withNotice = middleOfJitter.after(noticed, FAILING_TWICE, INTERVAL, NOW);

        // when
        AccountHealth down = middleOfJitter.after(new FetchResult.Unavailable("HTTP 502"), withNotice, INTERVAL, NOW);
        AccountHealth back = middleOfJitter.after(page(Optional.empty()), down, INTERVAL, NOW);

        // then
        assertThat(withNotice.notice()).contains("private mentions are dropped");
        assertThat(down.notice()).contains("private mentions are dropped");
        assertThat(back.notice()).isEmpty();
    }

    @Test
    void givenAPageThatUsedTheLastRequest_whenPlanning_thenTheNextPollWaitsForTheReset() {
        // given
        Instant reset = NOW.plusSeconds(600);

        // when
        AccountHealth after = middleOfJitter.after(page(Optional.of(reset)), FAILING_TWICE, INTERVAL, NOW);

        // then
        assertThat(after.nextPollAt()).isEqualTo(reset);
        assertThat(after.rateLimitResetAt()).contains(reset);
    }

    @Test
    void givenARateLimit_whenPlanning_thenTheNextPollIsTheResetAndNoFailureIsCounted() {
        // when
        AccountHealth after = middleOfJitter.after(new FetchResult.RateLimited(NOW.plusSeconds(900)),
                FAILING_TWICE, INTERVAL, NOW);

        // then
        assertThat(after.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(after.nextPollAt()).isEqualTo(NOW.plusSeconds(900));
        assertThat(after.consecutiveFailures()).isEqualTo(2);
        assertThat(after.lastSuccessAt()).isEqualTo(FAILING_TWICE.lastSuccessAt());
    }

    @Test
    void givenRefusedCredentialsOrAnEmptyBalance_whenPlanning_thenPollingStopsUntilAnAdminActs() {
        // when
        AccountHealth auth = middleOfJitter.after(new FetchResult.AuthFailed("HTTP 401"), FAILING_TWICE, INTERVAL,
                NOW);
        AccountHealth billing = middleOfJitter.after(new FetchResult.BillingPaused("HTTP 402"), FAILING_TWICE,
                INTERVAL, NOW);

        // then
        assertThat(auth.status()).isEqualTo(AccountStatus.AUTH_FAILED);
        assertThat(auth.lastError()).contains("HTTP 401");
        assertThat(auth.isDue(NOW.plus(Duration.ofDays(30)))).isFalse();
        assertThat(billing.status()).isEqualTo(AccountStatus.PAUSED_BILLING);
        assertThat(billing.isDue(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void givenRepeatedOutages_whenPlanning_thenTheWaitDoublesUpToAnHour() {
        // given
        AccountHealth health = AccountHealth.fresh(NOW);
        List<Long> waits = new java.util.ArrayList<>();

        // when
        for (int i = 0; i < 8; i++) {
            health = middleOfJitter.after(new FetchResult.Unavailable("HTTP 503"), health, INTERVAL, NOW);
            waits.add(Duration.between(NOW, health.nextPollAt()).toSeconds());
        }

        // then
        assertThat(waits).containsExactly(120L, 240L, 480L, 960L, 1920L, 3600L, 3600L, 3600L);
        assertThat(health.consecutiveFailures()).isEqualTo(8);
        assertThat(health.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void givenTheJitterExtremes_whenBackingOff_thenTheWaitStaysWithinTwentyPercent() {
        // when
        Duration low = new HealthPolicy(() -> 0.0).backoff(INTERVAL, 3);
        Duration high = new HealthPolicy(() -> 0.999_999).backoff(INTERVAL, 3);

        // then: 60 s × 2^3 = 480 s, ±20 %
        assertThat(low).isEqualTo(Duration.ofSeconds(384));
        assertThat(high.toMillis()).isBetween(575_000L, 576_000L);
    }

    @Test
    void givenAnAccountFailingForDays_whenBackingOffAtTheJitterExtremes_thenTheWaitNeverExceedsAnHour() {
        // given: before the fix the hour was capped first and then jittered, up to 72 minutes
        HealthPolicy highest = new HealthPolicy(() -> 0.999_999);
        HealthPolicy lowest = new HealthPolicy(() -> 0.0);

        // when / then
        for (int failures = 1; failures <= 200; failures++) {
            assertThat(highest.backoff(INTERVAL, failures)).as("failure " + failures)
                    .isLessThanOrEqualTo(HealthPolicy.MAX_BACKOFF).isGreaterThanOrEqualTo(INTERVAL);
            assertThat(lowest.backoff(INTERVAL, failures)).isLessThanOrEqualTo(HealthPolicy.MAX_BACKOFF);
        }
        assertThat(highest.backoff(INTERVAL, 30).toMinutes()).as("spread below the cap, not pinned to it")
                .isBetween(48L, 60L);
    }

    @Test
    void givenARateLimitResetStillAhead_whenSomeoneMakesTheAccountDue_thenItIsNotPolledBeforeTheReset() {
        // given: the network said "wait until +10 min"; an admin's "poll now" moved the next poll to now
        AccountHealth limited = middleOfJitter.after(new FetchResult.RateLimited(NOW.plus(Duration.ofMinutes(10))),
                AccountHealth.fresh(NOW), INTERVAL, NOW);
        AccountHealth hurried = new AccountHealth(limited.status(), limited.lastPollAt(), limited.lastSuccessAt(),
                limited.lastError(), limited.rateLimitResetAt(), NOW, limited.consecutiveFailures());

        // when / then
        assertThat(hurried.isDue(NOW.plus(Duration.ofMinutes(9)))).isFalse();
        assertThat(hurried.isDue(NOW.plus(Duration.ofMinutes(10)))).isTrue();
    }

    private static FetchResult.Page page(Optional<Instant> throttledUntil) {
        return new FetchResult.Page(List.of(), Optional.of("c"), false, throttledUntil);
    }
}
