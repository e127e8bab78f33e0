package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.matching.CandidateRequest;
import io.socialdesk.request.RequestState;
import io.socialdesk.triage.PostTriage;
import io.socialdesk.triage.Triage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Praise routing: the setting decides for a separate praise post; a thank-you in a thread stays with its thread. */
class RouterPraiseTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final RequestState OPEN = new RequestState(10_001, "CS-1", 1, false, Optional.empty(),
            NOW.minus(Duration.ofHours(1)));
    private final Router router = new Router();

    @Test
    void givenPraiseAndAnOpenComplaint_whenPraiseGoesToItsOwnRequest_thenANewRequestNotAMerge() {
        // given
        Interaction praise = post("thank you so much, the support team was brilliant!");

        // when
        Route route = router.decide(praise, PostTriage.of(praise.post()), new RoutingFacts(false, Optional.empty(),
                RouterPraiseTest::openConversation), settings(PraiseRouting.OWN_REQUEST), NOW);

        // then
        assertThat(PostTriage.of(praise.post()).map(Triage::intent)).contains(Triage.Intent.PRAISE);
        assertThat(route).isInstanceOfSatisfying(Route.Create.class, create -> assertThat(create.relatedIssueId()).isZero());
    }

    @Test
    void givenPraise_whenPraiseStaysInTheHistory_thenNoRequest() {
        // given
        Interaction praise = post("love the new app, great job");

        // when
        Route route = router.decide(praise, PostTriage.of(praise.post()), new RoutingFacts(false, Optional.empty(),
                RouterPraiseTest::openConversation), settings(PraiseRouting.HISTORY), NOW);

        // then
        assertThat(route).isInstanceOf(Route.HistoryOnly.class);
    }

    @Test
    void givenThanksInAThread_whenPraiseStaysInTheHistory_thenItStillJoinsItsThread() {
        // given
        Interaction thanks = post("thanks, that fixed it!");

        // when
        Route route = router.decide(thanks, PostTriage.of(thanks.post()), new RoutingFacts(false, Optional.of(OPEN),
                RouterPraiseTest::openConversation), settings(PraiseRouting.HISTORY), NOW);

        // then
        assertThat(route).isInstanceOfSatisfying(Route.Comment.class, comment -> {
            assertThat(comment.issueId()).isEqualTo(OPEN.issueId());
            assertThat(comment.outcome()).isEqualTo(RouteOutcome.THREAD);
        });
    }

    @Test
    void givenAComplaint_whenPraiseHasItsOwnRequest_thenItMergesAsBefore() {
        // given
        Interaction complaint = post("still waiting for my refund");

        // when
        Route route = router.decide(complaint, PostTriage.of(complaint.post()), new RoutingFacts(false,
                Optional.empty(), RouterPraiseTest::openConversation), settings(PraiseRouting.OWN_REQUEST), NOW);

        // then
        assertThat(route).isInstanceOfSatisfying(Route.Comment.class, comment -> {
            assertThat(comment.issueId()).isEqualTo(OPEN.issueId());
            assertThat(comment.outcome()).isEqualTo(RouteOutcome.MERGED);
        });
    }

    /** The customer's SocialDesk conversation: the open request, updated an hour ago. */
    private static RoutingFacts.Candidates openConversation() {
        CandidateRequest conversation = CandidateRequest.known(OPEN, List.of("where is my refund"));
        return new RoutingFacts.Candidates(List.of(conversation), Optional.of(conversation), request -> List.of());
    }

    private static RoutingSettings settings(PraiseRouting praise) {
        RoutingSettings d = RoutingSettings.defaults();
        return new RoutingSettings(d.reopenWindow(), d.mergeWindow(), d.blockedHandles(), d.blockWords(),
                d.skipReposts(), d.missedCallCreatesRequest(), praise, d.matching());
    }

    private static Interaction post(String text) {
        InboundPost post = new InboundPost("1", PostKind.MENTION, text, Optional.empty(),
                new Author("7", "jane", "Jane", OptionalLong.of(10), Optional.empty()), NOW, Optional.empty(),
                Optional.empty(), Optional.of("en"));
        return new Interaction(1, 1, ChannelKind.fromKey("mastodon").orElseThrow(), post, RoutingStatus.RECEIVED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Placement.NONE);
    }
}
