package io.socialdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.DeliveryReceipt.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Delivery reports arrive out of order: a reply only moves forward, and one its customer received never fails. */
class DeliveryReceiptTest {
    @Test
    void givenEachPairOfStates_whenCompared_thenOnlyLaterOnesAndAFailureOfASentReplyReplace() {
        // then
        assertThat(State.SENT.supersedes(Optional.empty())).isTrue();
        assertThat(State.DELIVERED.supersedes(Optional.of(State.SENT))).isTrue();
        assertThat(State.READ.supersedes(Optional.of(State.DELIVERED))).isTrue();
        assertThat(State.DELIVERED.supersedes(Optional.of(State.READ))).isFalse();
        assertThat(State.SENT.supersedes(Optional.of(State.READ))).isFalse();
        assertThat(State.READ.supersedes(Optional.of(State.READ))).isFalse();
        assertThat(State.FAILED.supersedes(Optional.of(State.SENT))).isTrue();
        assertThat(State.FAILED.supersedes(Optional.empty())).isTrue();
        assertThat(State.FAILED.supersedes(Optional.of(State.DELIVERED))).isFalse();
        assertThat(State.FAILED.supersedes(Optional.of(State.READ))).isFalse();
        assertThat(State.READ.supersedes(Optional.of(State.FAILED))).isFalse();
    }
}
