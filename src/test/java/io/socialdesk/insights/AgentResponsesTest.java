package io.socialdesk.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.IntakeFixture;
import io.socialdesk.store.AoResponses;
import io.socialdesk.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Public agent comments counted as first responses, on both databases, with the request's origin and JSM's SLA played
 * by the test: the SLA's working time where its cycle stopped at that comment, the clock otherwise.
 */
class AgentResponsesTest {
    private static final Instant CREATED = IntakeFixture.START;
    private static final int DESK = 1;
    private static final int TYPE = 3;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAPortalRequestAnsweredAfterFiveHoursOfWhichTheSlaCountedThirtyMinutes_whenCounted_thenTheSlaMeasures(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: created Friday evening, answered 5 hours later; the SLA's calendar counted 30 minutes of it
            Instant answered = CREATED.plus(Duration.ofHours(5));
            AgentResponses responses = responses(node, origin(10, "portal"),
                    new FirstResponseSla.Cycle(answered, Duration.ofMinutes(30)));
            node.node.get(AoResponses.class).queue(new AgentComment(10, answered, "alice"));

            // when
            int taken = responses.catchUp();

            // then
            assertThat(taken).isEqualTo(1);
            assertThat(firstResponses(node)).singleElement().satisfies(c -> {
                assertThat(c.channel()).isEqualTo("portal");
                assertThat(c.median()).isEqualTo(Duration.ofMinutes(30));
            });
            assertThat(node.node.get(AoResponses.class).queued(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenAnSlaStoppedEarlierByAStatusChange_whenCounted_thenTheClockMeasuresTheComment(TestDatabase db)
            throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: the SLA stopped after 5 minutes (moved to "waiting for customer"); the comment came after 2 hours
            AgentResponses responses = responses(node, origin(11, "email"),
                    new FirstResponseSla.Cycle(CREATED.plus(Duration.ofMinutes(5)), Duration.ofMinutes(5)));
            node.node.get(AoResponses.class).queue(new AgentComment(11, CREATED.plus(Duration.ofHours(2)), "bob"));

            // when
            responses.catchUp();

            // then
            assertThat(firstResponses(node)).singleElement().extracting(FirstResponses.PerChannel::median)
                    .isEqualTo(Duration.ofHours(2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenCommentsBySocialDesksOwnUserAndLaterAgents_whenCounted_thenTheEarliestAgentCommentIsTheFirstResponse(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given: SocialDesk's intake user comments after 1 minute; agents after 40 and, counted later, 20 minutes
            AgentResponses responses = responses(node, origin(12, "portal"), null);
            AoResponses queue = node.node.get(AoResponses.class);
            queue.queue(new AgentComment(12, CREATED.plus(Duration.ofMinutes(1)), node.account.intakeUserKey()));
            queue.queue(new AgentComment(12, CREATED.plus(Duration.ofMinutes(40)), "alice"));
            responses.catchUp();
            queue.queue(new AgentComment(12, CREATED.plus(Duration.ofMinutes(20)), "bob"));

            // when
            responses.catchUp();

            // then
            assertThat(firstResponses(node)).singleElement().extracting(FirstResponses.PerChannel::median)
                    .isEqualTo(Duration.ofMinutes(20));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenACommentOnARequestSocialDeskRaisedBeforeItsContactIsCounted_whenCounted_thenItWaitsThenIsDroppedAfterADay(
            TestDatabase db) throws Exception {
        try (IntakeFixture node = IntakeFixture.on(db)) {
            // given
            AgentResponses responses = responses(node, origin(13, RequestOrigin.SOCIALDESK), null);
            node.node.get(AoResponses.class).queue(new AgentComment(13, node.clock.instant(), "alice"));

            // when / then: it waits for the rollup to count the request's first contact
            assertThat(responses.catchUp()).isZero();
            assertThat(node.node.get(AoResponses.class).queued(10)).hasSize(1);
            node.clock.advance(Duration.ofDays(1).plusMinutes(1));
            assertThat(responses.catchUp()).isEqualTo(1);
            assertThat(node.node.get(AoResponses.class).queued(10)).isEmpty();
            assertThat(firstResponses(node)).isEmpty();
        }
    }

    private static AgentResponses responses(IntakeFixture node, RequestOrigin origin, FirstResponseSla.Cycle cycle) {
        return new AgentResponses(node.node.get(AoResponses.class),
                (issueId, user) -> issueId == origin.issueId() ? Optional.of(origin) : Optional.empty(),
                (issueId, name, user) -> Optional.ofNullable(cycle), node.clock, Insights.Targets::defaults);
    }

    private static RequestOrigin origin(long issueId, String channel) {
        return new RequestOrigin(issueId, DESK, channel, TYPE, CREATED);
    }

    private static List<FirstResponses.PerChannel> firstResponses(IntakeFixture node) {
        return FirstResponses.perChannel(node.node.get(InsightsStore.class).firstContacted(DESK,
                CREATED.minus(Duration.ofDays(1)), CREATED.plus(Duration.ofDays(1)), 100));
    }
}
