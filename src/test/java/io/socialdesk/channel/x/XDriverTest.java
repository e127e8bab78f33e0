package io.socialdesk.channel.x;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static io.socialdesk.testing.FakeHttpServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.testing.FakeHttpServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class XDriverTest {
    private static final Instant NOW = Instant.parse("2026-01-15T11:00:00Z");
    private static final Credentials TOKENS = new Credentials(Map.of("consumerKey", "ck", "consumerSecret", "cs",
            "accessToken", "7-token", "accessTokenSecret", "ts"));
    private static final String EMPTY = "{\"meta\":{\"result_count\":0}}";
    private static final String CAUGHT_UP = "{\"since\":\"1900000000000000001\",\"dm\":\"1800000000000000010\"}";

    private final FakeHttpServer server = new FakeHttpServer();
    private final XDriver driver = new XDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(800), AddressGuard.ANY_HOST),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenMentionsAndDms_whenFetching_thenBothComeAsPlainTextPostsWithAuthorsThreadsAndLinks() {
        // given
        server.reply(json(200, fixture("x/mentions-page.json"))).reply(json(200, fixture("x/dm-events.json")));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));

        // then
        assertThat(page.posts()).extracting(InboundPost::externalId).containsExactly(
                "1900000000000000002", "1900000000000000003", "1900000000000000004", "1800000000000000030");
        InboundPost reply = page.posts().get(1);
        assertThat(reply.text()).isEqualTo("@acme still waiting & waiting <3 weeks");
        assertThat(reply.author().handle()).isEqualTo("jane");
        assertThat(reply.author().followers()).hasValue(1234);
        assertThat(reply.inReplyTo()).contains("1900000000000000002");
        assertThat(reply.conversationId()).contains("1900000000000000001");
        assertThat(reply.url()).contains(URI.create("https://x.com/jane/status/1900000000000000003"));
        assertThat(page.posts().get(2).author().handle()).as("author not in includes (deleted)").isEmpty();
        InboundPost dm = page.posts().get(3);
        assertThat(dm.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
        assertThat(dm.text()).isEqualTo("my card was charged twice 💳");
        assertThat(dm.conversationId()).contains("7-42");
        assertThat(page.more()).isFalse();
        assertThat(page.cursor()).contains("{\"since\":\"1900000000000000004\",\"dm\":\"1800000000000000030\"}");
    }

    @Test
    void givenACursor_whenFetching_thenMentionsAreAskedSinceItAndSignedWithOAuth1() {
        // given
        server.reply(json(200, EMPTY)).reply(json(200, EMPTY));

        // when
        driver.fetch(server.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));

        // then
        FakeHttpServer.Recorded mentions = server.requests().get(0);
        assertThat(mentions.uri().getPath()).isEqualTo("/2/users/7/mentions");
        assertThat(mentions.uri().getQuery()).contains("since_id=1900000000000000001").contains("max_results=100")
                .contains("expansions=author_id,referenced_tweets.id");
        assertThat(mentions.header("Authorization")).startsWith("OAuth ").contains("oauth_consumer_key=\"ck\"")
                .contains("oauth_token=\"7-token\"").contains("oauth_signature=");
        FakeHttpServer.Recorded dms = server.requests().get(1);
        assertThat(dms.uri().getPath()).isEqualTo("/2/dm_events");
        assertThat(dms.header("Authorization")).startsWith("OAuth ").contains("oauth_signature=");
    }

    @Test
    void givenMorePages_whenFetching_thenItPagesBackKeepingSinceUntilTheLastPageThenMovesIt() {
        // given
        String page1 = fixture("x/mentions-page.json").replace("\"oldest_id\":\"1900000000000000002\"",
                "\"oldest_id\":\"1900000000000000002\",\"next_token\":\"7140dibdnow9c7btw4b\"");
        server.reply(json(200, page1));

        // when
        FetchResult.Page first = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));

        // then: the cursor still reads "since" the old id, with the token to continue
        assertThat(first.more()).isTrue();
        assertThat(first.cursor().orElseThrow()).contains("\"since\":\"1900000000000000001\"")
                .contains("\"next\":\"7140dibdnow9c7btw4b\"").contains("\"newest\":\"1900000000000000004\"");

        // when: the last page
        try (FakeHttpServer last = new FakeHttpServer().reply(json(200, EMPTY)).reply(json(200, EMPTY))) {
            FetchResult.Page second = (FetchResult.Page) driver.fetch(last.baseUrl(), TOKENS, first.cursor());

            // then
            assertThat(last.requests().get(0).uri().getQuery()).contains("pagination_token=7140dibdnow9c7btw4b")
                    .contains("since_id=1900000000000000001");
            assertThat(second.cursor().orElseThrow()).contains("\"since\":\"1900000000000000004\"")
                    .doesNotContain("next");
        }
    }

    @Test
    void givenANewAccount_whenFirstPolled_thenOnlyTheNewestPageIsReadNotItsHistory() {
        // given
        server.reply(json(200, fixture("x/mentions-page.json").replace("\"oldest_id\":\"1900000000000000002\"",
                "\"oldest_id\":\"1900000000000000002\",\"next_token\":\"older\""))).reply(json(200, EMPTY));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKENS, Optional.empty());

        // then
        assertThat(page.more()).isFalse();
        assertThat(page.cursor().orElseThrow()).contains("\"since\":\"1900000000000000004\"").doesNotContain("older");
    }

    @Test
    void givenRateLimitAuthAndBillingAnswers_whenFetching_thenEachBecomesItsOwnOutcome() {
        assertThat(fetchAgainst(json(429, "{\"title\":\"Too Many Requests\",\"status\":429}")
                .withHeader("x-rate-limit-reset", "1768475700")))
                .isEqualTo(new FetchResult.RateLimited(Instant.ofEpochSecond(1768475700)));
        assertThat(fetchAgainst(json(429, "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}")))
                .isEqualTo(new FetchResult.RateLimited(NOW.plus(Duration.ofMinutes(15))));
        assertThat(fetchAgainst(json(401, "{\"title\":\"Unauthorized\",\"status\":401}")))
                .isInstanceOf(FetchResult.AuthFailed.class);
        assertThat(fetchAgainst(json(402, "{\"title\":\"Payment Required\",\"status\":402}")))
                .isInstanceOf(FetchResult.BillingPaused.class);
        assertThat(fetchAgainst(json(503, "<html>over capacity</html>")))
                .isInstanceOf(FetchResult.Unavailable.class);
        assertThat(fetchAgainst(json(200, "{\"data\":[{\"id\":\"1\",\"te")))
                .isInstanceOf(FetchResult.Unavailable.class);
        assertThat(fetchAgainst(json(200, EMPTY).delayedBy(Duration.ofSeconds(3))))
                .isInstanceOf(FetchResult.Unavailable.class);
    }

    @Test
    void givenMissingOrAppOnlyTokens_whenFetching_thenAuthFailedWithoutCallingX() {
        // when / then
        assertThat(driver.fetch(server.baseUrl(), new Credentials(Map.of("consumerKey", "ck")), Optional.empty()))
                .isInstanceOf(FetchResult.AuthFailed.class);
        assertThat(driver.fetch(server.baseUrl(), new Credentials(Map.of("consumerKey", "ck", "consumerSecret", "cs",
                "accessToken", "AAAAbearer", "accessTokenSecret", "ts")), Optional.empty()))
                .isInstanceOf(FetchResult.AuthFailed.class);
        assertThat(server.requests()).isEmpty();
    }

    private FetchResult fetchAgainst(FakeHttpServer.Reply reply) {
        try (FakeHttpServer one = new FakeHttpServer().reply(reply)) {
            return driver.fetch(one.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));
        }
    }

    @Test
    void givenAPageWithUnreadablePosts_whenFetching_thenTheReadableOnesAreKeptTheOthersReportedAndTheCursorMovesOn() {
        // given: one post without created_at, one that is not an object, one whole
        server.reply(json(200, """
                {"data":[{"id":"1900000000000000006","text":"@acme no time","author_id":"42"},
                         "garbage",
                         {"id":"1900000000000000005","text":"@acme fine","author_id":"42",
                          "created_at":"2026-01-15T10:40:00.000Z"}],
                 "includes":{"users":[{"id":"42","name":"Jane","username":"jane"}]},
                 "meta":{"result_count":3,"newest_id":"1900000000000000006","oldest_id":"1900000000000000005"}}"""))
                .reply(json(200, EMPTY));

        // when
        FetchResult result = driver.fetch(server.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));

        // then
        assertThat(result).isInstanceOfSatisfying(FetchResult.Page.class, page -> {
            assertThat(page.posts()).extracting(InboundPost::externalId).containsExactly("1900000000000000005");
            assertThat(page.unreadable()).containsExactly("item 1 (id 1900000000000000006)", "item 2 (id ?)");
            assertThat(page.cursor().orElseThrow()).contains("\"since\":\"1900000000000000006\"");
        });
    }

    @Test
    void givenDirectMessagesOutOfOrderWithTheCursorsOwnAndOurs_whenFetching_thenNewOnesOldestFirstOnlyFromCustomers() {
        // given: X lists DM events newest first; the cursor's own event and our reply are in the page
        server.reply(json(200, EMPTY)).reply(json(200, """
                {"data":[{"id":"1800000000000000032","event_type":"MessageCreate","text":"and another",
                          "sender_id":"42","dm_conversation_id":"7-42","created_at":"2026-01-15T10:52:00.000Z"},
                         {"id":"1800000000000000031","event_type":"MessageCreate","text":"we are on it",
                          "sender_id":"7","dm_conversation_id":"7-42","created_at":"2026-01-15T10:51:00.000Z"},
                         {"id":"999","event_type":"MessageCreate","text":"short id, so older",
                          "sender_id":"42","dm_conversation_id":"7-42","created_at":"2026-01-15T10:00:00.000Z"},
                         {"id":"1800000000000000010","event_type":"MessageCreate","text":"already recorded",
                          "sender_id":"42","dm_conversation_id":"7-42","created_at":"2026-01-15T10:10:00.000Z"},
                         {"id":"1800000000000000030","event_type":"MessageCreate","text":"new one",
                          "sender_id":"42","dm_conversation_id":"7-42","created_at":"2026-01-15T10:50:00.000Z"}],
                 "includes":{"users":[{"id":"42","name":"Jane","username":"jane"}]}}"""));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKENS, Optional.of(CAUGHT_UP));

        // then
        assertThat(page.posts()).extracting(InboundPost::externalId)
                .containsExactly("1800000000000000030", "1800000000000000032");
        assertThat(page.cursor().orElseThrow()).contains("\"dm\":\"1800000000000000032\"");
    }
}
