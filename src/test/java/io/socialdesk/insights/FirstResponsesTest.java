package io.socialdesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time to first response and equal treatment on hand-computed cases. */
class FirstResponsesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void givenFiveAnsweredXRequestsAndOneOpen_whenMeasured_thenMedianAndP90AreTheNearestRanks() {
        // given: answered after 10, 20, 30, 40 and 50 minutes; one not answered yet
        List<RequestFacts> requests = new ArrayList<>();
        for (int minutes = 10; minutes <= 50; minutes += 10) {
            requests.add(request("x", minutes));
        }
        requests.add(request("x", -1));

        // when
        List<FirstResponses.PerChannel> measured = FirstResponses.perChannel(requests);

        // then: ranks ceil(0.5 × 5) = 3 and ceil(0.9 × 5) = 5
        assertThat(measured).singleElement().isEqualTo(new FirstResponses.PerChannel("x", 5, 1,
                Duration.ofMinutes(30), Duration.ofMinutes(50)));
    }

    @Test
    void givenXAnsweredTenTimesFasterThanPhone_whenCompared_thenTheWarningNamesBothAndTheFactor() {
        // given: X medians 12 minutes, phone 2 hours; Bluesky too few to judge
        List<RequestFacts> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(request("x", 12));
            requests.add(request("phone", 120));
        }
        requests.add(request("bluesky", 600));

        // when
        List<FirstResponses.Unequal> unequal = FirstResponses.unequal(FirstResponses.perChannel(requests), 1.5);

        // then
        assertThat(unequal).singleElement().satisfies(u -> {
            assertThat(u.faster()).isEqualTo("x");
            assertThat(u.slower()).isEqualTo("phone");
            assertThat(u.factor()).isEqualTo(10.0);
            assertThat(u.text()).isEqualTo("x requests got a first response 10.0× faster than phone requests");
        });
        assertThat(FirstResponses.unequal(FirstResponses.perChannel(requests), 20)).isEmpty();
    }

    @Test
    void givenNoAnsweredRequests_whenRanked_thenZero() {
        assertThat(FirstResponses.rank(List.of(), 90)).isEqualTo(Duration.ZERO);
    }

    /** A request first contacted at T0 on {@code channel}, answered after {@code minutes} (negative: not yet). */
    private static RequestFacts request(String channel, int minutes) {
        return new RequestFacts(minutes, channel, T0, minutes < 0 ? Optional.empty()
                : Optional.of(T0.plus(Duration.ofMinutes(minutes))), Optional.empty(), T0, 1, List.of(channel));
    }
}
