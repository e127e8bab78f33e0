package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.insights.AgentComment;
import io.socialdesk.insights.FirstResponseSla;
import io.socialdesk.insights.RequestOrigin;
import io.socialdesk.store.AoResponses;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The insights' host adapters on the simulated JSM: a request's origin, JSM's first-response SLA and the comment
 * listener, each as Jira answers them, including what Jira may hand over malformed or refuse.
 */
class InsightsHostAdaptersTest {
    private static final String JANE = "jane@customer.example";

    @Test
    void givenAnEmailRequest_whenAnAgentReadsItsOrigin_thenChannelTypeAndCreationAreJsms() throws Exception {
        try (HostFixture host = new HostFixture()) {
            // given
            var request = host.jsm.createRequest("Refund", "Still waiting.", JANE, 3, "email");

            // when
            Optional<RequestOrigin> origin = host.get(JsmRequestOrigins.class).of(request.id(), "alice");

            // then
            assertThat(origin).contains(new RequestOrigin(request.id(), host.jsm.serviceDesk().id(), "email", 3,
                    host.clock.instant()));
        }
    }

    @Test
    void givenAChannelPropertyThatIsMalformedOrMissing_whenRead_thenTheRequestCountsAsRaisedInJira() throws Exception {
        try (HostFixture host = new HostFixture()) {
            // given: another app overwrote the property with something that is no channel
            var malformed = host.jsm.createRequest("A", "", JANE, 1, "portal");
            host.jsm.setProperty(malformed.key(), JsmRequestOrigins.CHANNEL_PROPERTY, "[\"portal\"]");
            var numeric = host.jsm.createRequest("B", "", JANE, 1, "portal");
            host.jsm.setProperty(numeric.key(), JsmRequestOrigins.CHANNEL_PROPERTY, "{\"value\":{\"x\":1}}");

            // when / then
            JsmRequestOrigins origins = host.get(JsmRequestOrigins.class);
            assertThat(origins.of(malformed.id(), "alice")).map(RequestOrigin::channel).contains("jira");
            assertThat(origins.of(numeric.id(), "alice")).map(RequestOrigin::channel).contains("jira");
        }
    }

    @Test
    void givenAUserWhoMayNotSeeTheRequest_whenAskingForItsOriginAndSla_thenNothingAndNoError() throws Exception {
        try (HostFixture host = new HostFixture()) {
            // given: Jane's request; Dave, licensed but not on the desk, is not part of it; nobody called "ghost" exists
            var request = host.jsm.createRequest("Login", "", JANE, 1, "portal");

            // when / then
            assertThat(host.get(JsmRequestOrigins.class).of(request.id(), "dave")).isEmpty();
            assertThat(host.get(JsmRequestOrigins.class).of(request.id(), "ghost")).isEmpty();
            assertThat(host.get(JsmFirstResponseSla.class).firstCycle(request.id(), FirstResponseSla.NAME, JANE)).isEmpty();
        }
    }

    @Test
    void givenCommentsOfEveryKind_whenJsmAnnouncesThem_thenOnlyTheAgentsPublicOneIsQueuedWithItsTimeAndTheSlaStops()
            throws Exception {
        try (HostFixture host = new HostFixture()) {
            // given
            var request = host.jsm.createRequest("Login", "", JANE, 1, "portal");
            host.clock.advance(Duration.ofMinutes(10));
            host.jsm.addComment(request.key(), JANE, "Any news?", false);
            host.jsm.addComment(request.key(), "bob", "Checking the logs.", true);
            host.clock.advance(Duration.ofMinutes(5));

            // when
            host.jsm.addComment(request.key(), "alice", "Fixed, please try again.", false);

            // then: one queued response, at the comment's time; JSM's SLA stopped there too
            assertThat(host.get(AoResponses.class).queued(10)).extracting(q -> q.comment()).containsExactly(
                    new AgentComment(request.id(), host.clock.instant(), "alice"));
            assertThat(host.get(JsmFirstResponseSla.class).firstCycle(request.id(), " time to FIRST response ",
                    "alice")).contains(new FirstResponseSla.Cycle(host.clock.instant(), Duration.ofMinutes(15)));
            // a desk whose SLA has another name (JSM named it in the project's language) has none by the default
            assertThat(host.get(JsmFirstResponseSla.class).firstCycle(request.id(), "Zeit bis zur ersten Antwort",
                    "alice")).isEmpty();
        }
    }
}
