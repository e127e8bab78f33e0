package io.socialdesk.surge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The similarity that decides incident membership, on labelled pairs: complaints about one outage worded
 * differently must reach the default 40 %; a different problem, a question or praise on the same day must not.
 */
class PostSimilarityTest {
    private static final double DEFAULT = 0.40;
    private static final List<String> SAME_OUTAGE = List.of(
            "the app crashes every time I open my cart since the update",
            "since today's update the app crashes when I open the cart",
            "@acme app keeps crashing on the cart page after the update, can't order https://t.co/x",
            "your update broke the cart, the app crashes instantly",
            "Cart CRASHES the whole app after updating!!! fix it please",
            "after the latest update opening my cart crashes the app");
    private static final List<String> OTHER = List.of(
            "do you ship to Canada?", "love the new autumn colours",
            "my parcel tracking number shows delivered but nothing arrived",
            "can I change the billing address on my invoice", "is the Berlin store open on Sunday",
            "thank you for the fast refund", "I was charged twice for order 4711",
            "the website login page says error 500");

    @Test
    void givenComplaintsAboutOneOutage_whenCompared_thenEveryPairIsAlikeEnough() {
        // given
        Map<CharSequence, Integer> incident = incident(SAME_OUTAGE);

        // when / then
        for (String post : SAME_OUTAGE) {
            assertThat(PostSimilarity.similarity(PostSimilarity.terms(post), incident)).as(post)
                    .isGreaterThanOrEqualTo(DEFAULT);
        }
    }

    @Test
    void givenOtherPostsOfTheSameDay_whenComparedWithTheIncident_thenNoneIsAlikeEnough() {
        // given
        Map<CharSequence, Integer> incident = incident(SAME_OUTAGE);

        // when / then
        for (String post : OTHER) {
            assertThat(PostSimilarity.similarity(PostSimilarity.terms(post), incident)).as(post).isLessThan(DEFAULT);
        }
    }

    @Test
    void givenMentionsLinksNumbersAndStopWords_whenReadingTerms_thenOnlyTheSubjectsWordsCount() {
        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms("@acme why does the app STILL crash?? 3 times "
                + "https://t.co/abc #outage apps");

        // then: "apps" and "app" are one word, the hashtag's word is kept
        assertThat(terms).containsOnlyKeys("app", "crash", "time", "outage").containsEntry("app", 2);
    }

    @Test
    void givenPluralsAndThirdPersons_whenReadingTerms_thenTheyCountAsTheirBaseWordAndStillReadAsWords() {
        // when
        Map<CharSequence, Integer> terms = PostSimilarity.terms("crashes crash deliveries delivery boxes box "
                + "orders address");

        // then
        assertThat(terms).containsOnly(Map.entry("crash", 2), Map.entry("delivery", 2), Map.entry("box", 2),
                Map.entry("order", 1), Map.entry("address", 1));
    }

    @Test
    void givenAPostWithoutWords_whenCompared_thenItIsAlikeToNothing() {
        // when / then
        assertThat(PostSimilarity.similarity(PostSimilarity.terms("@acme 👍 !!!"), incident(SAME_OUTAGE))).isZero();
    }

    private static Map<CharSequence, Integer> incident(List<String> posts) {
        Map<CharSequence, Integer> total = new java.util.HashMap<>();
        posts.forEach(p -> PostSimilarity.add(total, PostSimilarity.terms(p)));
        return PostSimilarity.top(total);
    }
}
