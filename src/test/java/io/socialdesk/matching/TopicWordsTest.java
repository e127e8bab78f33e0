package io.socialdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.request.RequestState;
import io.socialdesk.text.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pass's stems: read once, per language, and matching on them decides as matching on fresh stems does. */
class TopicWordsTest {
    private static final Optional<String> ENGLISH = Optional.of("en-GB");
    private final TopicWords words = new TopicWords();

    @Test
    void givenATextReadInAPass_whenReadAgain_thenItIsNotStemmedAgain() {
        // given
        var first = words.of("The parcel was damaged when it arrived", ENGLISH);

        // when
        var again = words.of("The parcel was damaged when it arrived", Optional.of("en"));

        // then
        assertThat(again).isSameAs(first).containsKeys("parcel", "damag");
    }

    @Test
    void givenTheSameTextInTwoLanguages_whenRead_thenEachIsStemmedByItsOwnLanguage() {
        // when
        var english = words.of("shipping delays", ENGLISH);
        var german = words.of("shipping delays", Optional.of("de"));

        // then
        assertThat(english).containsOnlyKeys("ship", "delay")
                .isEqualTo(FollowUps.without(Terms.stems("shipping delays", ENGLISH), ENGLISH));
        assertThat(german).isEqualTo(FollowUps.without(Terms.stems("shipping delays", Optional.of("de")),
                Optional.of("de"))).isNotEqualTo(english);
    }

    @Test
    void givenACustomersPostsInOnePass_whenMatchedOnSharedWords_thenEachDecisionIsTheOneFreshWordsGive() {
        // given: a request, and what the customer said on it in this pass
        CandidateRequest parcel = new CandidateRequest(new RequestState(7, "CS-7", 1, false, Optional.empty(),
                Instant.EPOCH), "Parcel arrived damaged", "The box was crushed and the lamp inside is broken.",
                List.of("the lamp shade is cracked as well"));
        List<String> posts = List.of("the crushed box had a broken lamp", "any update on my broken lamp?",
                "my invoice address is wrong", "the lamp shade arrived cracked and the box crushed");
        RequestMatcher matcher = new RequestMatcher();
        List<Class<?>> decided = new ArrayList<>();

        for (String post : posts) {
            RequestMatcher.Input input = new RequestMatcher.Input(post, ENGLISH, false, List.of(parcel),
                    Optional.of(parcel), MatchSettings.defaults());

            // when
            Match shared = matcher.match(input, request -> List.of("and the cable is torn"), words);
            Match fresh = matcher.match(input, request -> List.of("and the cable is torn"));

            // then
            assertThat(shared).as(post).isEqualTo(fresh);
            decided.add(shared.getClass());
        }
        assertThat(decided).as("the posts try more than one rule").contains(Match.Onto.class, Match.Apart.class);
    }
}
