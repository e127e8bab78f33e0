package io.socialdesk.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.intake.InboundText;
import org.junit.jupiter.api.Test;

class WikiMarkupTest {
    @Test
    void givenCustomerTextFullOfMarkupCharacters_whenEscapedAndRendered_thenTheAgentSeesItLiterally() {
        // given
        String customer = "@acme *why* -10% [click|http://x] {quote} _no_ ^up^ ~sub~ +ins+ (c) ? ! # | \\ <b>";

        // when
        String html = WikiMarkup.html("{quote}\n" + InboundText.escape(customer) + "\n{quote}");

        // then
        // (a bare URL is still linked, as Jira links it; the brackets around it stay text)
        assertThat(html).contains("<blockquote>").doesNotContain("<strong>").doesNotContain("<b>")
                .doesNotContain("<em>").doesNotContain("<sup>").doesNotContain("<del>")
                .contains("@acme *why* -10% [click|<a href=\"http://x\">http://x</a>] {quote} _no_ ^up^ ~sub~ +ins+")
                .contains("(c) ? ! # | \\ &lt;b&gt;");
    }

    @Test
    void givenSocialDeskMarkup_whenRendered_thenBoldQuoteAndLinkShowAsJiraShowsThem() {
        // when
        String html = WikiMarkup.html("*Jane* (\\@jane) on X:\n\n{quote}\nhello\n{quote}\n\n"
                + "[View the original on X|https://x.com/jane/status/1]");

        // then
        assertThat(html).contains("<strong>Jane</strong> (@jane) on X:").contains("<blockquote>")
                .contains("href=\"https://x.com/jane/status/1\"");
    }

    @Test
    void givenAScriptLinkInMarkup_whenRendered_thenTheLinkGoesNowhere() {
        // when
        String html = WikiMarkup.html("[click|javascript:alert(1)]");

        // then
        assertThat(html).doesNotContain("javascript:").contains("href=\"#\"");
    }

    @Test
    void givenAttachmentMarkup_whenRendered_thenThumbnailsAndFileLinksPointAtTheIssuesFiles() {
        // when
        String html = WikiMarkup.html("Attached:\n!x-1-1.png|thumbnail! [Image 1|https://x.example/1.png]\n"
                + "[^x-1-2.mp4] [Video 2|https://x.example/2.mp4]\n!x-1-3.png|thumbnail! gone",
                java.util.Map.of("x-1-1.png", "/secure/attachment/7/x-1-1.png", "x-1-2.mp4",
                        "/secure/attachment/8/x-1-2.mp4"));

        // then: a name the issue has no file of stays text, as Jira shows a missing attachment's name
        assertThat(html).contains("<img").contains("src=\"/secure/attachment/7/x-1-1.png\"")
                .contains("href=\"/secure/attachment/8/x-1-2.mp4\"").contains("x-1-3.png")
                .doesNotContain("src=\"x-1-3.png\"");
    }
}
