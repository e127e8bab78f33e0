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
    private static final int PASSWORD = 7;
    private static final int BILLING = 8;

    @Test
    void givenFiveAnsweredXRequestsAndOneOpen_whenMeasured_thenMedianAndP90AreTheNearestRanks() {
        // given: answered after 10, 20, 30, 40 and 50 minutes; one not answered yet
        List<RequestFacts> requests = new ArrayList<>();
        for (int minutes = 10; minutes <= 50; minutes += 10) {
            requests.add(request("x", PASSWORD, minutes));
        }
        requests.add(request("x", PASSWORD, -1));

        // when
        List<FirstResponses.PerChannel> measured = FirstResponses.perChannel(requests);

        // then: ranks ceil(0.5 × 5) = 3 and ceil(0.9 × 5) = 5
        assertThat(measured).singleElement().isEqualTo(new FirstResponses.PerChannel("x", 5, 1,
                Duration.ofMinutes(30), Duration.ofMinutes(50)));
    }

    @Test
    void givenARequestTheSlaMeasured_whenMeasured_thenTheSlasWorkingTimeCountsNotTheClock() {
        // given: a portal request created Friday 17:00, answered Monday 09:30 (64.5 h on the clock); the SLA's
        // calendar (09:00-17:00 working days) counted 30 minutes of it
        Instant friday = Instant.parse("2026-12-04T17:00:00Z");
        RequestFacts slaMeasured = new RequestFacts(1, "portal", PASSWORD, friday,
                Optional.of(Instant.parse("2026-12-07T09:30:00Z")), Optional.of(Duration.ofMinutes(30)),
                Optional.empty(), friday, 1, List.of("portal"));
        RequestFacts clockMeasured = new RequestFacts(2, "portal", PASSWORD, friday,
                Optional.of(Instant.parse("2026-12-07T09:30:00Z")), Optional.empty(), Optional.empty(), friday, 1,
                List.of("portal"));

        // when / then
        assertThat(slaMeasured.timeToFirstResponse()).contains(Duration.ofMinutes(30));
        assertThat(clockMeasured.timeToFirstResponse()).contains(Duration.ofMinutes(64 * 60 + 30));
        assertThat(FirstResponses.perChannel(List.of(slaMeasured))).singleElement()
                .extracting(FirstResponses.PerChannel::median).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void givenXAnsweredTenTimesFasterThanPhone_whenCompared_thenTheWarningNamesBothTheFactorAndTheSlowest() {
        // given: X medians 12 minutes, phone 2 hours (one phone request 3 hours); Bluesky too few to judge
        List<RequestFacts> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(request("x", PASSWORD, 12));
            requests.add(request("phone", PASSWORD, i == 4 ? 180 : 120));
        }
        requests.add(request("bluesky", PASSWORD, 600));

        // when
        List<FirstResponses.Unequal> unequal = FirstResponses.unequal(requests, 1.5);

        // then
        assertThat(unequal).singleElement().satisfies(u -> {
            assertThat(u.requestTypeId()).isEqualTo(PASSWORD);
            assertThat(u.faster()).isEqualTo("x");
            assertThat(u.slower()).isEqualTo("phone");
            assertThat(u.factor()).isEqualTo(10.0);
            assertThat(u.text()).isEqualTo("x requests got a first response 10.0× faster than phone requests");
            assertThat(u.slowest()).hasSize(5).first().isEqualTo(180L);
        });
        assertThat(FirstResponses.unequal(requests, 20)).isEmpty();
    }

    @Test
    void givenFastXPasswordResetsAndSlowPortalBillingQuestions_whenCompared_thenDifferentTypesAreNotComparedAsUnequal() {
        // given: X answers password resets in 10 minutes, the portal answers billing in 5 hours: no same-type pair
        List<RequestFacts> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(request("x", PASSWORD, 10));
            requests.add(request("portal", BILLING, 300));
        }

        // when
        List<FirstResponses.Unequal> unequal = FirstResponses.unequal(requests, 1.5);
        List<FirstResponses.PerType> perType = FirstResponses.perType(requests);

        // then
        assertThat(unequal).isEmpty();
        assertThat(perType).extracting(FirstResponses.PerType::requestTypeId).containsExactly(PASSWORD, BILLING);
        assertThat(perType.get(1).channels()).singleElement()
                .extracting(FirstResponses.PerChannel::median).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void givenNoAnsweredRequests_whenRanked_thenZero() {
        assertThat(FirstResponses.rank(List.of(), 90)).isEqualTo(Duration.ZERO);
    }

    /** A request of {@code type} first contacted at T0 on {@code channel}, answered after {@code minutes} (<0: not). */
    private static RequestFacts request(String channel, int type, int minutes) {
        return new RequestFacts(minutes, channel, type, T0, minutes < 0 ? Optional.empty()
                : Optional.of(T0.plus(Duration.ofMinutes(minutes))), Optional.empty(), Optional.empty(), T0, 1,
                List.of(channel));
    }
}
