package io.socialdesk.surge;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.SurgeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurgeDetectorTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final SurgeSettings SETTINGS = SurgeSettings.defaults(); // 5 a minute, 4 times the usual rate

    @Test
    void givenAQuietAccount_whenTwentyFivePostsArriveInFiveMinutes_thenASurgeStarts() {
        // when
        SurgeDetector.Decision decision = SurgeDetector.decide(new SurgeDetector.Counts(25, 100), SETTINGS,
                Optional.empty(), NOW);

        // then
        assertThat(decision).isInstanceOf(SurgeDetector.Start.class);
        assertThat(((SurgeDetector.Start) decision).threshold()).isEqualTo(5.0);
    }

    @Test
    void givenABusyAccount_whenItsUsualRateArrives_thenNoSurge() {
        // given: 20,160 posts a week is 2 a minute; 4 times that is 8 a minute
        SurgeDetector.Counts usualDay = new SurgeDetector.Counts(35, 20_160);

        // when
        SurgeDetector.Decision decision = SurgeDetector.decide(usualDay, SETTINGS, Optional.empty(), NOW);

        // then
        assertThat(decision).isInstanceOf(SurgeDetector.Quiet.class);
        assertThat(((SurgeDetector.Quiet) decision).threshold()).isEqualTo(8.0);
    }

    @Test
    void givenASurgeFiveMinutesOld_whenTheRateDrops_thenItContinuesUntilItsMinimumLength() {
        // given
        Surge surge = surge(NOW.minus(Duration.ofMinutes(5)));

        // when / then
        assertThat(SurgeDetector.decide(new SurgeDetector.Counts(0, 0), SETTINGS, Optional.of(surge), NOW))
                .isInstanceOf(SurgeDetector.Continue.class);
        assertThat(SurgeDetector.decide(new SurgeDetector.Counts(0, 0), SETTINGS, Optional.of(surge),
                NOW.plus(Duration.ofMinutes(5)))).isInstanceOf(SurgeDetector.End.class);
    }

    @Test
    void givenASurge_whenTheRateStaysAboveHalfItsThreshold_thenItGoesOn() {
        // given
        Surge surge = surge(NOW.minus(Duration.ofHours(1)));

        // when: 3 a minute against a threshold of 5
        SurgeDetector.Decision decision = SurgeDetector.decide(new SurgeDetector.Counts(15, 0), SETTINGS,
                Optional.of(surge), NOW);

        // then
        assertThat(decision).isInstanceOf(SurgeDetector.Continue.class);
    }

    private static Surge surge(Instant started) {
        return new Surge(1, 1, started, Optional.empty(), 5.0, 0.1, 9.0, Optional.of(10_001L), Map.of());
    }
}
