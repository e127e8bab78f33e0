package io.socialdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.request.RequestState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each matching rule on its own, in its order: key, topic, conversation (per setting), then apart. */
class RequestMatcherTest {
    private static final CandidateRequest LOGIN = candidate(1, "Cannot log in to the customer portal",
            "Since this morning the portal says my password is wrong, the reset mail never arrives.");
    private static final CandidateRequest INVOICE = candidate(2, "Invoice address wrong",
            "Please correct the invoice address to Hauptstr. 5.");
    private static final CandidateRequest ORDER = CandidateRequest.known(state(3), List.of("my order 4711 is late"));

    private final RequestMatcher matcher = new RequestMatcher();
    private final List<String> commentsRead = new ArrayList<>();

    private Match match(String text, Optional<CandidateRequest> conversation, ConversationMerge merge) {
        MatchSettings defaults = MatchSettings.defaults();
        return matcher.match(new RequestMatcher.Input(text, Optional.of("en"), false, List.of(LOGIN, INVOICE),
                conversation, new MatchSettings(defaults.topicPercent(), defaults.possiblePercent(), merge)),
                request -> {
                    commentsRead.add(request.key());
                    return List.of();
                });
    }

    @Test
    void givenAPostNamingOneOfTheCustomersKeys_whenMatched_thenItGoesThereByKeyWhateverItSays() {
        // when
        Match match = match("@acme ticket cs 2 - now the courier lost my parcel too", Optional.empty(),
                ConversationMerge.SAME_TOPIC);

        // then
        assertThat(match).isInstanceOfSatisfying(Match.Onto.class, onto -> {
            assertThat(onto.request()).isEqualTo(INVOICE);
            assertThat(onto.by()).isEqualTo(MatchedBy.KEY);
        });
        assertThat(commentsRead).as("a key decides without reading comments").isEmpty();
    }

    @Test
    void givenAPostNamingAKeyTheCustomerDoesNotHave_whenMatched_thenTheKeyIsIgnored() {
        // when
        Match match = match("what's going on with CS-9? my neighbour's ticket", Optional.empty(),
                ConversationMerge.ALWAYS);

        // then
        assertThat(match).isInstanceOf(Match.Apart.class);
    }

    @Test
    void givenAPostNamingTwoOfTheCustomersKeys_whenMatched_thenNeitherIsChosenByKey() {
        // when
        Match match = match("CS-1 and CS-2 are both still open", Optional.empty(), ConversationMerge.NEVER);

        // then
        assertThat(match).isInstanceOfSatisfying(Match.Apart.class,
                apart -> assertThat(apart.reason()).contains("several"));
    }

    @Test
    void givenAPostAboutWhatARequestIsAbout_whenMatched_thenItGoesThereByTopicAfterReadingTheClosestComments() {
        // when
        Match match = match("the password reset mail never arrives and I still can't log in to the portal",
                Optional.empty(), ConversationMerge.NEVER);

        // then
        assertThat(match).isInstanceOfSatisfying(Match.Onto.class, onto -> {
            assertThat(onto.request()).isEqualTo(LOGIN);
            assertThat(onto.by()).isEqualTo(MatchedBy.TOPIC);
            assertThat(onto.percent()).isGreaterThanOrEqualTo(MatchSettings.defaults().topicPercent());
        });
        assertThat(commentsRead).hasSizeLessThanOrEqualTo(RequestMatcher.COMMENTS_READ_FOR);
    }

    @Test
    void givenPraiseAboutWhatARequestIsAbout_whenMatched_thenItIsOnlyOfferedAsPossiblyTheSame() {
        // when
        Match match = matcher.match(new RequestMatcher.Input("the customer portal login finally works, the reset "
                        + "mail arrived", Optional.of("en"), true, List.of(LOGIN), Optional.empty(),
                MatchSettings.defaults()), request -> List.of());

        // then
        assertThat(match).isInstanceOfSatisfying(Match.Apart.class,
                apart -> assertThat(apart.possible()).contains(LOGIN));
    }

    @Test
    void givenAFollowUpWithoutASubject_whenMatchedOnTheSameTopicSetting_thenItContinuesTheConversation() {
        // when
        Match match = match("any update?? still waiting", Optional.of(ORDER), ConversationMerge.SAME_TOPIC);

        // then
        assertThat(match).isInstanceOfSatisfying(Match.Onto.class, onto -> {
            assertThat(onto.request()).isEqualTo(ORDER);
            assertThat(onto.by()).isEqualTo(MatchedBy.CONVERSATION);
        });
        assertThat(commentsRead).as("a post without a subject reads no comments").isEmpty();
    }

    @Test
    void givenANewSubjectWithinTheMergeWindow_whenMatched_thenOnlyTheAlwaysSettingJoinsItToTheConversation() {
        // when
        Match sameTopic = match("your Bristol store shows the wrong opening hours", Optional.of(ORDER),
                ConversationMerge.SAME_TOPIC);
        Match always = match("your Bristol store shows the wrong opening hours", Optional.of(ORDER),
                ConversationMerge.ALWAYS);
        Match never = match("any update?", Optional.of(ORDER), ConversationMerge.NEVER);

        // then
        assertThat(sameTopic).isInstanceOf(Match.Apart.class);
        assertThat(always).isInstanceOfSatisfying(Match.Onto.class,
                onto -> assertThat(onto.by()).isEqualTo(MatchedBy.CONVERSATION));
        assertThat(never).isInstanceOf(Match.Apart.class);
    }

    @Test
    void givenAPostSharingOneWordWithARequest_whenMatched_thenItIsNoMergeButMayBePossiblyTheSame() {
        // when
        Match match = match("can I change the address for my next delivery?", Optional.empty(),
                ConversationMerge.NEVER);

        // then
        assertThat(match).isInstanceOf(Match.Apart.class);
    }

    private static CandidateRequest candidate(long id, String summary, String description) {
        return new CandidateRequest(state(id), summary, description, List.of());
    }

    private static RequestState state(long id) {
        return new RequestState(id, "CS-" + id, 1, false, Optional.empty(), Instant.EPOCH);
    }
}
