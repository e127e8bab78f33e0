package io.socialdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words as compared: stems for matching, character pairs for Japanese and Chinese. */
class TermsTest {
    @Test
    void givenInflectedEnglish_whenStemmed_thenTheFormsOfOneWordCountAsOne() {
        // when
        var stems = Terms.stems("the machine leaks, it leaked yesterday and is leaking now", Optional.of("en"));

        // then
        assertThat(stems).containsEntry("leak", 3).containsKey("machin");
    }

    @Test
    void givenSpanish_whenStemmed_thenItsOwnStemmerAndStopWordsApply() {
        // when
        var stems = Terms.stems("Devolví los zapatos y no recibí el reembolso de los zapatos", Optional.of("es"));

        // then
        assertThat(stems).containsEntry("zapat", 2).doesNotContainKeys("los", "el", "de");
    }

    @Test
    void givenJapanese_whenRead_thenHanAndKanaRunsArePairsAndPairsOfKanaAloneAreLeftOut() {
        // when
        var words = Terms.words("注文した商品がまだ届きません", Optional.of("ja"));

        // then
        assertThat(words).containsKeys("注文", "商品").doesNotContainKeys("まだ", "ませ", "せん");
    }

    @Test
    void givenAKeyWrittenIntoJapanese_whenRead_thenTheLatinPartIsAWordOfItsOwn() {
        // when
        var words = Terms.words("CS-251の件", Optional.of("ja"));

        // then
        assertThat(words).containsKeys("cs", "の件");
    }
}
