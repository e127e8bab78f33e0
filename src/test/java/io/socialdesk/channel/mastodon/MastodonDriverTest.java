package io.socialdesk.channel.mastodon;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static io.socialdesk.testing.FakeHttpServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.testing.FakeHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonDriverTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:10:00Z");
    private static final Credentials TOKEN = new Credentials(Map.of("accessToken", "secret-token"));

    private final FakeHttpServer server = new FakeHttpServer();
    private final MastodonDriver driver = new MastodonDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** A server before quotes and notification policies: what these tests read is what every version has. */
    @BeforeEach
    void olderServer() {
        server.route("/api/v2/instance", json(200, "{\"domain\":\"mastodon.example\",\"version\":\"4.2.10\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenAPageOfNotifications_whenFetching_thenMentionsComeOldestFirstAsPlainTextWithTheNewestIdAsCursor() {
        // given
        server.reply(json(200, fixture("mastodon/mentions-page.json")));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.of("34975857"));

        // then
        assertThat(page.posts()).extracting(InboundPost::externalId)
                .containsExactly("113499999999999998", "113500000000000001", "113500000000000002");
        assertThat(page.cursor()).contains("34975861");
        assertThat(page.more()).isFalse();
        InboundPost jane = page.posts().get(1);
        assertThat(jane.kind()).isEqualTo(PostKind.MENTION);
        assertThat(jane.text()).isEqualTo(
                "[CW: delivery rant]\n@acme my order is late & nobody answers\nthird time I ask!\n\nPlease help here");
        assertThat(jane.url()).as("javascript: links never reach the panel").isEmpty();
        assertThat(jane.inReplyTo()).contains("113499999999999999");
        assertThat(jane.author()).isEqualTo(new Author("108", "jane", "Jane <b>Customer</b>",
                java.util.OptionalLong.of(1234), Optional.of("https://mastodon.example/@jane")));
        assertThat(jane.occurredAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void givenAReplyToTheBrandsPost_whenFetching_thenThePostItAnswersIsReadOnceAndComesWithIt() {
        // given: Jane answers the brand's announcement; Mastodon delivers only its id
        server.reply(json(200, fixture("mastodon/mentions-page.json")));
        server.route("/api/v1/statuses/113499999999999999", json(200, "{\"id\":\"113499999999999999\","
                + "\"account\":{\"id\":\"1\",\"acct\":\"acme\"},\"content\":\"<p>Deliveries are late "
                + "this week &amp; we are sorry</p>\"}"));

        // when
        InboundPost jane = ((FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty())).posts()
                .get(1);

        // then
        assertThat(jane.context()).contains(new io.socialdesk.channel.PostContext(
                io.socialdesk.channel.PostContext.Relation.REPLY_TO, "acme", "Deliveries are late this week & we are sorry"));
        assertThat(server.requests("/api/v1/statuses/113499999999999999")).hasSize(1)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer secret-token"));
    }

    @Test
    void givenADirectMessageInRtlWithEmoji_whenFetching_thenItIsADirectMessageWithTextIntact() {
        // given
        server.reply(json(200, fixture("mastodon/mentions-page.json")));

        // when
        InboundPost dm = ((FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty())).posts().get(2);

        // then
        assertThat(dm.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
        assertThat(dm.text()).isEqualTo("@acme طلبي متأخر 📦 order #4711");
        assertThat(dm.author().displayName()).isEqualTo("يوسف 🚚");
        assertThat(dm.language()).contains("ar");
    }

    @Test
    void givenAFollowersOnlyMention_whenFetching_thenItIsFollowersOnlyNotPublic() {
        // given
        server.reply(json(200, "[{\"id\":\"41\",\"type\":\"mention\",\"status\":{\"id\":\"113500000000000041\","
                + "\"created_at\":\"2026-11-22T10:00:00Z\",\"visibility\":\"private\","
                + "\"content\":\"<p>@acme my order is late</p>\",\"account\":{\"id\":\"5\",\"acct\":\"jane\"}}}]"));

        // when
        InboundPost post = ((FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty())).posts().get(0);

        // then
        assertThat(post.kind()).isEqualTo(PostKind.FOLLOWERS_ONLY);
        assertThat(post.text()).isEqualTo("@acme my order is late");
    }

    @Test
    void givenAPostWhoseAuthorIsGone_whenFetching_thenThePostIsKeptWithAnUnknownAuthor() {
        // given
        server.reply(json(200, fixture("mastodon/mentions-page.json")));

        // when
        InboundPost orphan = ((FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty()))
                .posts().get(0);

        // then
        assertThat(orphan.author()).isEqualTo(Author.unknown("107"));
        assertThat(orphan.url()).contains(java.net.URI.create(
                "https://mastodon.example/users/gone/statuses/113499999999999998"));
    }

    @Test
    void givenACursor_whenFetching_thenItPagesForwardWithMinIdAndTheBearerToken() {
        // given
        server.reply(json(200, "[]"));

        // when
        driver.fetch(server.baseUrl(), TOKEN, Optional.of("34975857"));

        // then
        FakeHttpServer.Recorded request = server.requests("/api/v1/notifications").get(0);
        assertThat(request.uri().getRawQuery()).isEqualTo("types%5B%5D=mention&limit=40&min_id=34975857");
        assertThat(request.header("Authorization")).isEqualTo("Bearer secret-token");
    }

    @Test
    void givenAnEmptyPage_whenFetching_thenTheCursorStaysWhereItWas() {
        // given
        server.reply(json(200, "[]"));

        // when
        FetchResult result = driver.fetch(server.baseUrl(), TOKEN, Optional.of("34975857"));

        // then
        assertThat(result).isEqualTo(new FetchResult.Page(java.util.List.of(), Optional.of("34975857"), false,
                Optional.empty()));
    }

    @Test
    void givenAFullPage_whenFetching_thenItSaysMoreAreWaiting() {
        // given: 40 mentions with long (500+ character) texts
        String longText = "x".repeat(600);
        String page = IntStream.rangeClosed(1, 40).mapToObj(i -> ("{\"id\":\"%d\",\"type\":\"mention\","
                + "\"status\":{\"id\":\"%d\",\"created_at\":\"2026-11-22T10:00:00Z\",\"visibility\":\"public\","
                + "\"content\":\"<p>%s</p>\",\"account\":{\"id\":\"1\",\"acct\":\"a\"}}}")
                .formatted(1000 + i, 5000 + i, longText)).collect(Collectors.joining(",", "[", "]"));
        server.reply(json(200, page));

        // when
        FetchResult.Page result = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.of("1000"));

        // then
        assertThat(result.more()).isTrue();
        assertThat(result.cursor()).contains("1040");
        assertThat(result.posts()).hasSize(40).allSatisfy(p -> assertThat(p.text()).hasSize(600));
    }

    @Test
    void givenTooManyRequests_whenFetching_thenItWaitsUntilTheIsoResetMastodonSent() {
        // given
        server.reply(json(429, "{\"error\":\"Too many requests\"}")
                .withHeader("X-RateLimit-Reset", "2026-11-22T10:15:00.123456Z")
                .withHeader("X-RateLimit-Remaining", "0"));

        // when / then
        assertThat(driver.fetch(server.baseUrl(), TOKEN, Optional.empty()))
                .isEqualTo(new FetchResult.RateLimited(Instant.parse("2026-11-22T10:15:00.123456Z")));
    }

    @Test
    void givenTooManyRequestsWithoutAReset_whenFetching_thenItWaitsMastodonsFiveMinuteWindow() {
        // given
        server.reply(json(429, "{\"error\":\"Too many requests\"}").withHeader("X-RateLimit-Reset", "soon"));

        // when / then
        assertThat(driver.fetch(server.baseUrl(), TOKEN, Optional.empty()))
                .isEqualTo(new FetchResult.RateLimited(NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void givenTheLastAllowedRequest_whenFetching_thenThePageSaysHowLongToHoldOff() {
        // given
        server.reply(json(200, "[]").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "2026-11-22T10:15:00Z"));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(page.throttledUntil()).contains(Instant.parse("2026-11-22T10:15:00Z"));
    }

    @Test
    void givenARevokedToken_whenFetching_thenAuthFailed() {
        // given
        server.reply(json(401, "{\"error\":\"The access token is invalid\"}"));

        // when / then
        assertThat(driver.fetch(server.baseUrl(), TOKEN, Optional.empty()))
                .isInstanceOf(FetchResult.AuthFailed.class);
    }

    @Test
    void givenNoTokenConfigured_whenFetching_thenAuthFailedWithoutCallingTheInstance() {
        // when
        FetchResult result = driver.fetch(server.baseUrl(), new Credentials(Map.of()), Optional.empty());

        // then
        assertThat(result).isInstanceOf(FetchResult.AuthFailed.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void givenServerErrors_whenFetching_thenUnavailableForRetry() {
        for (int status : new int[] {500, 502, 503}) {
            // given
            FakeHttpServer failing = new FakeHttpServer().reply(json(status, "<html>Bad gateway</html>"));

            // when / then
            assertThat(driver.fetch(failing.baseUrl(), TOKEN, Optional.empty()))
                    .isEqualTo(new FetchResult.Unavailable("HTTP " + status));
            failing.close();
        }
    }

    @Test
    void givenAnInstanceThatHangs_whenFetching_thenUnavailableAfterTheTimeout() {
        // given
        server.reply(json(200, "[]").delayedBy(Duration.ofSeconds(3)));

        // when / then
        assertThat(driver.fetch(server.baseUrl(), TOKEN, Optional.empty()))
                .isInstanceOf(FetchResult.Unavailable.class)
                .extracting(r -> ((FetchResult.Unavailable) r).reason()).asString().contains("timed out");
    }

    @Test
    void givenMalformedOrTruncatedJson_whenFetching_thenUnavailableAndNoPostIsInvented() {
        for (String body : new String[] {"{\"error\":\"oops\"}", "[{\"id\":\"1\",\"type\":\"mention\",\"sta",
                "not json", ""}) {
            // given
            FakeHttpServer one = new FakeHttpServer().reply(json(200, body));

            // when / then
            assertThat(driver.fetch(one.baseUrl(), TOKEN, Optional.empty())).as(body)
                    .isInstanceOf(FetchResult.Unavailable.class);
            one.close();
        }
    }

    @Test
    void givenAPageWithOneUnreadableMention_whenFetching_thenTheOthersAreKeptItIsReportedAndTheCursorMovesOn() {
        // given: the middle notification's status has no created_at, the last one is not an object at all
        server.reply(json(200, "[" + mention("12", "902", "2026-11-22T10:02:00Z") + ","
                + "{\"id\":\"11\",\"type\":\"mention\",\"status\":{\"id\":\"901\"}},"
                + mention("10", "900", "2026-11-22T10:00:00Z") + ",42]"));

        // when
        FetchResult result = driver.fetch(server.baseUrl(), TOKEN, Optional.of("9"));

        // then
        assertThat(result).isInstanceOfSatisfying(FetchResult.Page.class, page -> {
            assertThat(page.posts()).extracting(InboundPost::externalId).containsExactly("900", "902");
            assertThat(page.unreadable()).containsExactly("notification 11 (its status has no id or time)",
                    "item 4 (no id)");
            assertThat(page.cursor()).contains("12");
        });
    }

    private static String mention(String notificationId, String statusId, String createdAt) {
        return "{\"id\":\"" + notificationId + "\",\"type\":\"mention\",\"account\":{\"id\":\"5\",\"acct\":\"fan\"},"
                + "\"status\":{\"id\":\"" + statusId + "\",\"created_at\":\"" + createdAt + "\",\"content\":\"<p>hi</p>\","
                + "\"visibility\":\"public\",\"account\":{\"id\":\"5\",\"acct\":\"fan\"}}}";
    }
}
