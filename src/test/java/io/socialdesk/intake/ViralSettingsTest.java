package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.channel.Engagement;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ViralSettingsTest {
    private final ViralSettings defaults = ViralSettings.defaults();

    @Test
    void givenAuthorsOfEveryReach_whenTheThresholdIsTaken_thenItIsTheMinimumOrTheirShareWhicheverIsMore() {
        // then: 10 % of followers, at least 50; an unknown reach falls back to the minimum
        assertThat(defaults.threshold(OptionalLong.of(150))).isEqualTo(50);
        assertThat(defaults.threshold(OptionalLong.of(12_345))).isEqualTo(1_235);
        assertThat(defaults.threshold(OptionalLong.of(1_000_000))).isEqualTo(100_000);
        assertThat(defaults.threshold(OptionalLong.empty())).isEqualTo(50);
        assertThat(new ViralSettings(5, 0).threshold(OptionalLong.of(1_000_000))).isEqualTo(5);
    }

    @Test
    void givenCounts_whenJudged_thenRepostsQuotesAndLikesCountButRepliesDoNot() {
        // then
        assertThat(defaults.risky(new Engagement(20, 0, 30, 0), OptionalLong.of(150))).isTrue();
        assertThat(defaults.risky(new Engagement(20, 0, 29, 500), OptionalLong.of(150))).isFalse();
        assertThat(defaults.risky(new Engagement(500, 100, 900, 0), OptionalLong.of(1_000_000))).isFalse();
    }

    @Test
    void givenAMinimumOfZero_whenAsked_thenWatchingIsOffAndNegativeValuesAreRefused() {
        assertThat(new ViralSettings(0, 10).watching()).isFalse();
        assertThat(defaults.watching()).isTrue();
        assertThatThrownBy(() -> new ViralSettings(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ViralSettings(5, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
