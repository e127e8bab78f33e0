package io.socialdesk.channel.x;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostContext;
import org.junit.jupiter.api.Test;

/** The tweet a customer answers or quotes comes expanded with the page; it travels with the post. */
class XContextTest {
    @Test
    void givenAReplyAndAQuoteWithTheirTweetsExpanded_whenReading_thenEachCarriesItsContextWithTheAuthorsHandle() {
        // given
        var page = JsonParser.parseString("""
                {"data":[
                  {"id":"1900000000000000010","text":"@acme it still crashes","author_id":"7","created_at":"2026-12-06T09:00:00.000Z",
                   "referenced_tweets":[{"type":"replied_to","id":"1900000000000000001"}]},
                  {"id":"1900000000000000011","text":"this is not true","author_id":"7","created_at":"2026-12-06T09:01:00.000Z",
                   "referenced_tweets":[{"type":"quoted","id":"1900000000000000002"}]},
                  {"id":"1900000000000000012","text":"@acme hello","author_id":"7","created_at":"2026-12-06T09:02:00.000Z",
                   "referenced_tweets":[{"type":"replied_to","id":"1900000000000000099"}]}],
                 "includes":{"users":[{"id":"7","username":"jane_c","name":"Jane"},{"id":"1","username":"acme","name":"ACME"}],
                  "tweets":[{"id":"1900000000000000001","text":"We fixed the crash in 5.2 &amp; more","author_id":"1"},
                            {"id":"1900000000000000002","text":"Checkout is 2x faster now","author_id":"1"}]}}
                """).getAsJsonObject();

        // when
        var posts = XMentions.read(page).posts();

        // then
        assertThat(posts).extracting(InboundPost::context).containsExactly(
                java.util.Optional.of(new PostContext(PostContext.Relation.REPLY_TO, "acme",
                        "We fixed the crash in 5.2 & more")),
                java.util.Optional.of(new PostContext(PostContext.Relation.QUOTE, "acme", "Checkout is 2x faster now")),
                java.util.Optional.empty());
    }

    @Test
    void givenAnEditedMention_whenReading_thenItIsKnownByItsFirstVersionSoItIsNeverASecondContact() {
        // given
        var page = JsonParser.parseString("""
                {"data":[
                  {"id":"1900000000000000020","text":"@acme my order 77 is late","author_id":"7",
                   "created_at":"2026-12-06T09:05:00.000Z",
                   "edit_history_tweet_ids":["1900000000000000015","1900000000000000020"]},
                  {"id":"1900000000000000021","text":"@acme hi","author_id":"7","created_at":"2026-12-06T09:06:00.000Z",
                   "edit_history_tweet_ids":["1900000000000000021"]}],
                 "includes":{"users":[{"id":"7","username":"jane_c","name":"Jane"}]}}
                """).getAsJsonObject();

        // when
        var posts = XMentions.read(page).posts();

        // then
        assertThat(posts).extracting(InboundPost::externalId)
                .containsExactly("1900000000000000015", "1900000000000000021");
    }
}
