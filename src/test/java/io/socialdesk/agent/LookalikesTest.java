package io.socialdesk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Identity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Handle lookalikes are about handles: a phone number one digit from another is someone else. */
class LookalikesTest {
    /** The store's lookalikes for any question: the given identities of other contacts. */
    private static SuggestionStore storeOf(SuggestionStore.Lookalike... others) {
        return new SuggestionStore() {
            @Override
            public List<Lookalike> lookalikes(long contactId, Set<String> displayNames, Set<String> handles,
                                              int limit) {
                return List.of(others);
            }

            @Override
            public List<Mention> mentioning(long contactId, String text, int limit) {
                return List.of();
            }

            @Override
            public Set<String> rejected(long contactId) {
                return Set.of();
            }

            @Override
            public void reject(long contactId, String target, String userKey) {
            }
        };
    }

    @Test
    void givenTwoPhoneNumbersOneDigitApart_whenLookingForLookalikes_thenNoHandleSimilarityIsClaimed() {
        // given
        Lookalikes lookalikes = new Lookalikes(storeOf(new SuggestionStore.Lookalike(2, "phone", "+14155550101", "")));

        // when
        var matches = lookalikes.of(1, List.of(new Identity(10, ChannelKind.PHONE, "+14155550100", "+14155550100",
                "")));

        // then
        assertThat(matches).isEmpty();
    }

    @Test
    void givenASocialHandleNearlyAnother_whenLookingForLookalikes_thenItIsSuggested() {
        // given
        Lookalikes lookalikes = new Lookalikes(storeOf(new SuggestionStore.Lookalike(2, "x", "jane_c2", "")));

        // when
        var matches = lookalikes.of(1, List.of(new Identity(10, ChannelKind.fromKey("mastodon").orElseThrow(),
                "108", "jane_c", "")));

        // then
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.evidence().kind())
                .isEqualTo(Suggestion.Kind.SIMILAR_HANDLE));
    }
}
