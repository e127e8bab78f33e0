package io.socialdesk.channel;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.bluesky.BlueskyDriver;
import io.socialdesk.channel.mastodon.MastodonDriver;
import io.socialdesk.channel.meta.FacebookDriver;
import io.socialdesk.channel.meta.InstagramDriver;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.x.XDriver;
import io.socialdesk.testing.FakeHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each driver's read of posts' public counts against a local server speaking the network's shapes and failures. */
class EngagementReadsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final HttpEdge EDGE = new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700),
            AddressGuard.ANY_HOST);
    private static final Credentials MASTODON = new Credentials(Map.of("accessToken", "secret-token"));
    private static final Credentials X = new Credentials(Map.of("consumerKey", "ck", "consumerSecret", "cs",
            "accessToken", "7-token", "accessTokenSecret", "ts"));
    private static final Credentials BLUESKY = new Credentials(Map.of("identifier", "acme.bsky.social",
            "appPassword", "abcd-efgh-ijkl-mnop"));
    private static final Credentials PAGE = new Credentials(Map.of("pageId", "1029384756", "igUserId",
            "17841400000000001", "pageAccessToken", "EAAG-page-token"));
    private static final String SESSION =
            "{\"did\":\"did:plc:acme\",\"handle\":\"acme.bsky.social\",\"accessJwt\":\"t\",\"refreshJwt\":\"r\"}";
    private static final String JANE_POST = "at://did:plc:jane00000000000000000000/app.bsky.feed.post/3kq2a";
    private static final String SAMI_POST = "at://did:plc:sami00000000000000000000/app.bsky.feed.post/3kq2b";

    private final FakeHttpServer server = new FakeHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenTwoStatusesOneDeleted_whenMastodonCountsAreRead_thenTheLiveOneHasItsCountsAndTheDeletedOneIsMissing() {
        // given
        server.reply(json(200, "{\"id\":\"113500000000000001\",\"reblogs_count\":120,\"favourites_count\":340,"
                        + "\"replies_count\":12}"))
                .reply(json(404, "{\"error\":\"Record not found\"}"));

        // when
        EngagementRead read = new MastodonDriver(EDGE, CLOCK).engagement(server.baseUrl(), MASTODON,
                List.of("113500000000000001", "113500000000000002"));

        // then
        assertThat(read).isEqualTo(new EngagementRead.Counted(Map.of("113500000000000001",
                new Engagement(120, 0, 340, 12))));
        assertThat(server.requests()).extracting(r -> r.uri().getPath())
                .containsExactly("/api/v1/statuses/113500000000000001", "/api/v1/statuses/113500000000000002");
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer secret-token");
    }

    @Test
    void givenRateLimitAndRefusedTokenAndBrokenBody_whenMastodonCountsAreRead_thenEachStopsTheReadSayingWhy() {
        // given
        server.reply(json(429, "{\"error\":\"Too many requests\"}")
                        .withHeader("X-RateLimit-Reset", "2026-11-29T10:05:00.000000Z"))
                .reply(json(401, "{\"error\":\"The access token is invalid\"}"))
                .reply(json(200, "<html>maintenance</html>"));
        MastodonDriver driver = new MastodonDriver(EDGE, CLOCK);

        // when
        EngagementRead limited = driver.engagement(server.baseUrl(), MASTODON, List.of("1", "2"));
        EngagementRead refused = driver.engagement(server.baseUrl(), MASTODON, List.of("1"));
        EngagementRead broken = driver.engagement(server.baseUrl(), MASTODON, List.of("1"));

        // then: a stop ends the read at once (the second status of the first read is never asked)
        assertThat(limited).isEqualTo(new EngagementRead.Stopped(Optional.of(Instant.parse("2026-11-29T10:05:00Z")),
                "rate limited"));
        assertThat(refused).isInstanceOfSatisfying(EngagementRead.Stopped.class,
                s -> assertThat(s.reason()).contains("401"));
        assertThat(broken).isInstanceOf(EngagementRead.Stopped.class);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void givenPostsLookupWithADeletedPost_whenXCountsAreRead_thenOneSignedCallGivesTheLiveOnesPublicMetrics() {
        // given: X reports deleted or protected posts under errors, not data
        server.reply(json(200, "{\"data\":[{\"id\":\"1900000000000000001\",\"text\":\"late again\","
                + "\"public_metrics\":{\"retweet_count\":310,\"reply_count\":45,\"like_count\":1200,"
                + "\"quote_count\":28,\"bookmark_count\":3,\"impression_count\":90000}}],"
                + "\"errors\":[{\"value\":\"1900000000000000002\",\"detail\":\"Could not find tweet with ids: "
                + "[1900000000000000002].\",\"title\":\"Not Found Error\",\"resource_type\":\"tweet\","
                + "\"parameter\":\"ids\",\"resource_id\":\"1900000000000000002\","
                + "\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}"));

        // when
        EngagementRead read = new XDriver(EDGE, CLOCK).engagement(server.baseUrl(), X,
                List.of("1900000000000000001", "1900000000000000002"));

        // then
        assertThat(read).isEqualTo(new EngagementRead.Counted(Map.of("1900000000000000001",
                new Engagement(310, 28, 1200, 45))));
        FakeHttpServer.Recorded call = server.requests().get(0);
        assertThat(call.uri().getPath()).isEqualTo("/2/tweets");
        assertThat(call.uri().getQuery()).contains("ids=1900000000000000001,1900000000000000002")
                .contains("tweet.fields=public_metrics");
        assertThat(call.header("Authorization")).startsWith("OAuth ").contains("oauth_signature=");
    }

    @Test
    void givenAnEditedPost_whenXCountsAreRead_thenItsNewestVersionsWordsComeAsAnEditOfTheOriginal() {
        // given: the original lists its versions, newest last; the newest is read in one more lookup
        server.reply(json(200, "{\"data\":[{\"id\":\"1900000000000000001\",\"text\":\"late agian\","
                + "\"edit_history_tweet_ids\":[\"1900000000000000001\",\"1900000000000000009\"],"
                + "\"public_metrics\":{\"retweet_count\":1,\"reply_count\":0,\"like_count\":2,\"quote_count\":0}}]}"));
        server.reply(json(200, "{\"data\":[{\"id\":\"1900000000000000009\",\"text\":\"late again &amp; no answer\","
                + "\"created_at\":\"2026-11-29T09:20:00.000Z\",\"edit_history_tweet_ids\":[\"1900000000000000001\","
                + "\"1900000000000000009\"]}]}"));

        // when
        EngagementRead read = new XDriver(EDGE, CLOCK).engagement(server.baseUrl(), X,
                List.of("1900000000000000001"));

        // then
        assertThat(read).isInstanceOfSatisfying(EngagementRead.Counted.class, counted -> {
            assertThat(counted.counts()).containsKey("1900000000000000001");
            assertThat(counted.edits()).containsEntry("1900000000000000001", new io.socialdesk.channel.Edit(
                    "late again & no answer", java.time.Instant.parse("2026-11-29T09:20:00Z")));
        });
        assertThat(server.requests().get(1).uri().getQuery()).contains("ids=1900000000000000009");
    }

    @Test
    void givenRateLimitAndNoCredit_whenXCountsAreRead_thenTheReadStopsUntilTheResetOrSaysWhy() {
        // given
        server.reply(json(429, "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}")
                        .withHeader("x-rate-limit-reset", "1764411300"))
                .reply(json(402, "{\"title\":\"CreditsDepleted\"}"));
        XDriver driver = new XDriver(EDGE, CLOCK);

        // when
        EngagementRead limited = driver.engagement(server.baseUrl(), X, List.of("1900000000000000001"));
        EngagementRead unpaid = driver.engagement(server.baseUrl(), X, List.of("1900000000000000001"));

        // then
        assertThat(limited).isEqualTo(new EngagementRead.Stopped(Optional.of(Instant.ofEpochSecond(1764411300L)),
                "rate limited"));
        assertThat(unpaid).isInstanceOfSatisfying(EngagementRead.Stopped.class,
                s -> assertThat(s.reason()).contains("402"));
    }

    @Test
    void givenTwoPostsOneGone_whenBlueskyCountsAreRead_thenOneGetPostsCallThroughTheSessionGivesTheLiveOne() {
        // given
        server.reply(json(200, SESSION))
                .reply(json(200, "{\"posts\":[{\"uri\":\"" + JANE_POST + "\",\"cid\":\"bafy1\",\"author\":{\"did\":"
                        + "\"did:plc:jane00000000000000000000\",\"handle\":\"jane.bsky.social\"},\"record\":{\"text\":"
                        + "\"late\"},\"replyCount\":4,\"repostCount\":90,\"likeCount\":410,\"quoteCount\":7,"
                        + "\"indexedAt\":\"2026-11-29T09:00:00Z\"}]}"));

        // when
        EngagementRead read = new BlueskyDriver(EDGE, CLOCK).engagement(server.baseUrl(), BLUESKY,
                List.of(JANE_POST, SAMI_POST));

        // then
        assertThat(read).isEqualTo(new EngagementRead.Counted(Map.of(JANE_POST, new Engagement(90, 7, 410, 4))));
        FakeHttpServer.Recorded call = server.requests().get(1);
        assertThat(call.uri().getPath()).isEqualTo("/xrpc/app.bsky.feed.getPosts");
        assertThat(call.uri().getQuery()).isEqualTo("uris=" + JANE_POST + "&uris=" + SAMI_POST);
        assertThat(call.header("Authorization")).isEqualTo("Bearer t");
    }

    @Test
    void givenARateLimitAndThenAMalformedAnswer_whenBlueskyCountsAreRead_thenBothStopTheRead() {
        // given
        server.reply(json(200, SESSION))
                .reply(json(429, "{\"error\":\"RateLimitExceeded\"}").withHeader("ratelimit-reset", "1764411000"))
                .reply(json(200, "not json"));
        BlueskyDriver driver = new BlueskyDriver(EDGE, CLOCK);

        // when
        EngagementRead limited = driver.engagement(server.baseUrl(), BLUESKY, List.of(JANE_POST));
        EngagementRead broken = driver.engagement(server.baseUrl(), BLUESKY, List.of(JANE_POST));

        // then
        assertThat(limited).isEqualTo(new EngagementRead.Stopped(Optional.of(Instant.ofEpochSecond(1764411000L)),
                "rate limited"));
        assertThat(broken).isInstanceOf(EngagementRead.Stopped.class);
    }

    @Test
    void givenAFacebookCommentAndADeletedOne_whenCountsAreRead_thenItsLikesAreItsSpreadAndTheDeletedOneIsMissing() {
        // given: Graph answers code 100 for an object that no longer exists
        server.reply(json(200, "{\"like_count\":87,\"comment_count\":9,\"id\":\"1029384756_111_222\"}"))
                .reply(json(400, "{\"error\":{\"message\":\"Unsupported get request. Object with ID '333' does not "
                        + "exist\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33}}"));

        // when
        EngagementRead read = new FacebookDriver(EDGE, CLOCK).engagement(server.baseUrl(), PAGE,
                List.of("1029384756_111_222", "1029384756_111_333"));

        // then
        assertThat(read).isEqualTo(new EngagementRead.Counted(Map.of("1029384756_111_222",
                new Engagement(0, 0, 87, 9))));
        FakeHttpServer.Recorded call = server.requests().get(0);
        assertThat(call.uri().getPath()).isEqualTo("/v26.0/1029384756_111_222");
        assertThat(call.uri().getQuery()).isEqualTo("fields=like_count,comment_count");
        assertThat(call.header("Authorization")).isEqualTo("Bearer EAAG-page-token");
    }

    @Test
    void givenMetasRateLimitAndAnExpiredToken_whenInstagramCountsAreRead_thenBothStopTheRead() {
        // given
        server.reply(json(400, "{\"error\":{\"message\":\"Application request limit reached\",\"code\":4}}"))
                .reply(json(400, "{\"error\":{\"message\":\"Error validating access token\",\"code\":190}}"));
        InstagramDriver driver = new InstagramDriver(EDGE, CLOCK);

        // when
        EngagementRead limited = driver.engagement(server.baseUrl(), PAGE, List.of("17900000000000001"));
        EngagementRead expired = driver.engagement(server.baseUrl(), PAGE, List.of("17900000000000001"));

        // then
        assertThat(limited).isInstanceOfSatisfying(EngagementRead.Stopped.class,
                s -> assertThat(s.retryAfter()).hasValueSatisfying(at -> assertThat(at).isAfter(NOW)));
        assertThat(expired).isInstanceOfSatisfying(EngagementRead.Stopped.class,
                s -> assertThat(s.reason()).contains("token"));
        assertThat(server.requests().get(0).uri().getQuery()).isEqualTo("fields=like_count");
    }

    @Test
    void givenTheChannelSpecs_whenAskedForTheirReadBudgets_thenEachStaysASmallShareOfItsNetworksReadLimit() {
        // then: Mastodon's /api/* is 300 per 5 min, Bluesky's 3,000 per 5 min per IP (reference/channels.md)
        EngagementBudget mastodon = new MastodonDriver(EDGE, CLOCK).spec().engagementReads();
        EngagementBudget bluesky = new BlueskyDriver(EDGE, CLOCK).spec().engagementReads();
        EngagementBudget x = new XDriver(EDGE, CLOCK).spec().engagementReads();
        assertThat(mastodon.posts() / mastodon.postsPerCall()).isLessThanOrEqualTo(30);
        assertThat(mastodon.per()).isEqualTo(Duration.ofMinutes(5));
        assertThat(bluesky.posts() / bluesky.postsPerCall()).isLessThanOrEqualTo(30);
        assertThat(x.postsPerCall()).isEqualTo(100);
        assertThat(x.posts() / x.postsPerCall()).isLessThanOrEqualTo(15);
    }
}
