package io.socialdesk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyTextTest {
    @Test
    void givenANetworkAnsweringWithAScriptUrl_whenTheReplyCommentIsWritten_thenItHasNoLink() {
        // when
        String comment = ReplyText.sent("Mastodon", "jane", "Sorry!", Optional.of(URI.create("javascript:alert(1)")));
        String linked = ReplyText.sent("Mastodon", "jane", "Sorry!",
                Optional.of(URI.create("https://mastodon.example/@acme/1")));

        // then
        assertThat(comment).doesNotContain("javascript").doesNotContain("[View on");
        assertThat(linked).contains("[View on Mastodon|https://mastodon.example/@acme/1]");
    }

    @Test
    void givenOnlyWhitespaceAndZeroWidthCharacters_whenCheckingWhatAReaderSees_thenNothing() {
        assertThat(ReplyText.visible("\u200B\u200C\u200D\u2060\uFEFF \t\n")).isEmpty();
        assertThat(ReplyText.visible("hi\u200B")).isEqualTo("hi");
    }
}
