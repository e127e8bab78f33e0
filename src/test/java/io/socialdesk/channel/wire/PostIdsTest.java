package io.socialdesk.channel.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostIdsTest {
    @Test
    void givenIdsOfDifferentLengthsAndEqualIds_whenOrdered_thenNumericOrderAndEqualIdsCompareAsZero() {
        // given
        List<String> ids = new ArrayList<>(List.of("1900000000000000002", "999", "18446744073709551616",
                "1900000000000000002", "1000"));

        // when
        ids.sort(PostIds.ORDER);

        // then
        assertThat(ids).containsExactly("999", "1000", "1900000000000000002", "1900000000000000002",
                "18446744073709551616");
        assertThat(PostIds.ORDER.compare("1900000000000000002", "1900000000000000002")).isZero();
        assertThat(PostIds.newer("1000", "999")).isTrue();
        assertThat(PostIds.newer("999", "999")).isFalse();
    }

    @Test
    void givenIdsANetworkCouldSend_whenValidated_thenOnlyDigitStringsOfSaneLengthPass() {
        assertThat(PostIds.valid("1900000000000000002")).isTrue();
        assertThat(PostIds.valid("")).isFalse();
        assertThat(PostIds.valid("12a")).isFalse();
        assertThat(PostIds.valid("-1")).isFalse();
        assertThat(PostIds.valid("1".repeat(33))).isFalse();
    }
}
