package io.socialdesk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.channel.RequestTarget;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What intake relies on from any {@link RequestDesk}: each effect is safe to repeat for the same interaction, and
 * the state it reports is the request's. An implementation's test supplies the desk and the Jira it writes to.
 */
public abstract class RequestDeskContract {
    protected static final RequestTarget TARGET = new RequestTarget(1, 1);

    protected abstract RequestDesk desk();

    protected abstract SimulatedJsm jira();

    protected abstract void advanceClock(Duration by);

    private NewRequest request(long interactionId, Optional<String> onBehalfOf) {
        return new NewRequest(TARGET, "Mastodon @jane: order late", "*Jane* wrote on Mastodon", onBehalfOf,
                interactionId, "socialdesk");
    }

    @Test
    void givenAnInteraction_whenCreating_thenAnOpenRequestOfTheTargetIsRaisedByTheIntakeUser() {
        // when
        RequestState created = desk().create(request(7, Optional.empty()));

        // then
        SimulatedJsm.Request raised = jira().requestById(created.issueId()).orElseThrow();
        assertThat(raised.summary()).isEqualTo("Mastodon @jane: order late");
        assertThat(raised.description()).isEqualTo("*Jane* wrote on Mastodon");
        assertThat(raised.reporterKey()).isEqualTo("socialdesk");
        assertThat(raised.requestTypeId()).isEqualTo(1);
        assertThat(created).isEqualTo(new RequestState(raised.id(), raised.key(), 1, false, Optional.empty(),
                raised.updated(), Optional.of("socialdesk")));
    }

    @Test
    void givenALinkedCustomer_whenCreating_thenTheRequestIsRaisedOnTheirBehalf() {
        // when
        RequestState created = desk().create(request(8, Optional.of("jane@customer.example")));

        // then
        assertThat(jira().requestById(created.issueId()).orElseThrow().reporterKey())
                .isEqualTo("jane@customer.example");
    }

    @Test
    void givenALinkedCustomerWhoWasDeactivated_whenCreating_thenTheIntakeUserRaisesIt() {
        // given
        jira().addUser(new SimulatedJsm.User("gone@customer.example", "Gone", "gone@customer.example", false, false,
                false));

        // when
        RequestState created = desk().create(request(9, Optional.of("gone@customer.example")));

        // then
        assertThat(jira().requestById(created.issueId()).orElseThrow().reporterKey()).isEqualTo("socialdesk");
    }

    @Test
    void givenARequestCreatedForAnInteraction_whenAskingWhatWasCreatedForIt_thenThatRequestAndNoOther() {
        // given
        RequestState created = desk().create(request(10, Optional.empty()));

        // when / then
        assertThat(desk().createdFor(10)).contains(created);
        assertThat(desk().createdFor(11)).isEmpty();
    }

    @Test
    void givenCommentsForTwoInteractions_whenARepeatAsks_thenEachIsFoundByItsInteraction() {
        // given
        RequestState created = desk().create(request(12, Optional.empty()));

        // when
        desk().comment(created.issueId(), 13, "still nothing", false, "socialdesk");
        desk().comment(created.issueId(), 14, "a call", true, "socialdesk");

        // then
        assertThat(desk().commentedFor(13)).isTrue();
        assertThat(desk().commentedFor(14)).isTrue();
        assertThat(desk().commentedFor(15)).isFalse();
        assertThat(jira().requestById(created.issueId()).orElseThrow().comments())
                .extracting(SimulatedJsm.Comment::body, SimulatedJsm.Comment::internal, SimulatedJsm.Comment::authorKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("still nothing", false, "socialdesk"),
                        org.assertj.core.groups.Tuple.tuple("a call", true, "socialdesk"));
    }

    @Test
    void givenACommentThatJiraRefuses_whenCommenting_thenItFailsWithJirasReasonAndNothingIsAdded() {
        // given
        RequestState created = desk().create(request(15, Optional.empty()));

        // when / then: over Jira's text limit
        assertThatThrownBy(() -> desk().comment(created.issueId(), 16, "x".repeat(40_000), false, "socialdesk"))
                .hasMessageContaining("too long");
        assertThat(jira().requestById(created.issueId()).orElseThrow().comments()).isEmpty();
    }

    @Test
    void givenAResolvedRequest_whenReopening_thenItIsOpenAgainAndReopeningAnOpenOneChangesNothing() {
        // given
        RequestState created = desk().create(request(17, Optional.empty()));
        jira().transition(created.key(), SimulatedJsm.RESOLVED, true);
        advanceClock(Duration.ofMinutes(5));
        assertThat(desk().state(created.issueId()).orElseThrow().resolved()).isTrue();

        // when
        desk().reopen(created.issueId(), "socialdesk");
        desk().reopen(created.issueId(), "socialdesk");

        // then
        RequestState reopened = desk().state(created.issueId()).orElseThrow();
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.resolvedAt()).isEmpty();
        assertThat(jira().requestById(created.issueId()).orElseThrow().status())
                .isEqualTo(SimulatedJsm.WAITING_FOR_SUPPORT);
    }

    @Test
    void givenTwoRequests_whenLinkingTwice_thenOneRelatesLink() {
        // given
        RequestState old = desk().create(request(18, Optional.empty()));
        RequestState fresh = desk().create(request(19, Optional.empty()));

        // when
        desk().link(fresh.issueId(), old.issueId(), "socialdesk");
        desk().link(fresh.issueId(), old.issueId(), "socialdesk");

        // then
        assertThat(jira().requestById(fresh.issueId()).orElseThrow().links()).containsExactly(old.key());
    }

    @Test
    void givenAnIssueThatDoesNotExist_whenReadingOrCommenting_thenEmptyOrAClearFailure() {
        // when / then
        assertThat(desk().state(999_999)).isEmpty();
        assertThatThrownBy(() -> desk().comment(999_999, 20, "hello", false, "socialdesk"))
                .hasMessageContaining("999999");
    }

    @Test
    void givenARequestTypeOutsideTheServiceDesk_whenCreating_thenItFailsNamingIt() {
        // when / then
        assertThatThrownBy(() -> desk().create(new NewRequest(new RequestTarget(1, 99), "s", "d", Optional.empty(),
                21, "socialdesk"))).hasMessageContaining("request type 99");
        assertThat(jira().requests()).isEmpty();
    }

    @Test
    void givenAnIntakeUserWhoNoLongerExists_whenCreating_thenItFailsNamingTheUser() {
        // when / then
        assertThatThrownBy(() -> desk().create(new NewRequest(TARGET, "s", "d", Optional.empty(), 22, "ghost")))
                .hasMessageContaining("ghost");
    }
}
