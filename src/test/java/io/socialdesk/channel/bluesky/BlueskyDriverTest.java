package io.socialdesk.channel.bluesky;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.sandbox.feeds.FakeBluesky;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Bluesky driver against a local PDS speaking XRPC (FakeBluesky) and a raw server for broken answers. */
class BlueskyDriverTest {
    private static final Credentials LOGIN = new Credentials(Map.of("identifier", "acme.bsky.social",
            "appPassword", "abcd-efgh-ijkl-mnop"));
    private static final FakeBluesky.Account JANE = new FakeBluesky.Account("did:plc:jane00000000000000000000",
            "jane.bsky.social", "Jane 🌻", 1234);
    private static final FakeBluesky.Account SAMI = new FakeBluesky.Account("did:plc:sami00000000000000000000",
            "sami.example.com", "سامي", 7);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final FakeBluesky pds = new FakeBluesky("acme.bsky.social", "abcd-efgh-ijkl-mnop", clock);
    private final FakeHttpServer raw = new FakeHttpServer();
    private final BlueskyDriver driver = new BlueskyDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST), clock);

    @AfterEach
    void stop() {
        pds.close();
        raw.close();
    }

    @Test
    void givenMentionsRepliesQuotesAndReposts_whenFetching_thenOnlyWordsToUsComeOldestFirstWithThreadAndFollowers() {
        // given
        String first = pds.post(JANE, "my parcel is late 📦", null, "mention");
        clock.advance(Duration.ofSeconds(1));
        pds.post(SAMI, "طلبي متأخر", first, "reply");
        clock.advance(Duration.ofSeconds(1));
        pds.repost(SAMI, first);
        clock.advance(Duration.ofSeconds(1));
        String quote = pds.post(JANE, "still waiting, see above", null, "quote");

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());

        // then
        assertThat(page.posts()).extracting(InboundPost::text)
                .containsExactly("my parcel is late 📦", "طلبي متأخر", "still waiting, see above");
        InboundPost reply = page.posts().get(1);
        assertThat(reply.inReplyTo()).contains(first);
        assertThat(reply.conversationId()).contains(first);
        assertThat(reply.author().externalUserId()).isEqualTo(SAMI.did());
        assertThat(reply.author().followers()).hasValue(7);
        assertThat(reply.kind()).isEqualTo(PostKind.MENTION);
        assertThat(reply.language()).contains("en");
        assertThat(page.posts().get(2).url()).map(Object::toString).contains("https://bsky.app/profile/"
                + "jane.bsky.social/post/" + quote.substring(quote.lastIndexOf('/') + 1));
        assertThat(page.cursor()).hasValueSatisfying(c -> assertThat(c).startsWith("2026-11-29T09:00:03Z|"));
    }

    @Test
    void givenAReplyToAnotherCustomersPost_whenFetching_thenThePostItAnswersComesWithItFromOneRead() {
        // given
        String first = pds.post(JANE, "is the app down for anyone else?", null, "mention");
        pds.post(SAMI, "same here since 9", first, "reply");

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());

        // then
        InboundPost reply = page.posts().stream().filter(p -> p.text().equals("same here since 9")).findFirst()
                .orElseThrow();
        assertThat(reply.context()).contains(new io.socialdesk.channel.PostContext(
                io.socialdesk.channel.PostContext.Relation.REPLY_TO, JANE.handle(), "is the app down for anyone else?"));
        assertThat(page.posts().get(0).context()).isEmpty();
    }

    @Test
    void givenAQuoteOfAnotherPost_whenFetching_thenTheQuotedPostComesWithItAsAQuote() {
        // given
        String announcement = pds.post(SAMI, "we ship worldwide now", null, "mention");
        pds.post(JANE, "not to my country you don't", announcement, "quote");

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());

        // then
        InboundPost quote = page.posts().stream().filter(p -> p.text().startsWith("not to my")).findFirst()
                .orElseThrow();
        assertThat(quote.context()).contains(new io.socialdesk.channel.PostContext(
                io.socialdesk.channel.PostContext.Relation.QUOTE, SAMI.handle(), "we ship worldwide now"));
        assertThat(quote.inReplyTo()).isEmpty();
    }

    @Test
    void givenMoreThanAPageSinceTheLastPoll_whenFetching_thenEveryNewPostIsReadDownToTheCursorAndNoOlderOne() {
        // given: one post, a poll, then 120 more
        pds.post(JANE, "before", null, "mention");
        FetchResult.Page earlier = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());
        for (int i = 0; i < 120; i++) {
            clock.advance(Duration.ofSeconds(1));
            pds.post(JANE, "after " + i, null, "mention");
        }

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, earlier.cursor());

        // then: the equal-time "before" may be read again (dropped as a duplicate when recorded), nothing older
        assertThat(page.posts()).extracting(InboundPost::text).filteredOn(t -> t.startsWith("after")).hasSize(120);
        assertThat(page.posts().get(page.posts().size() - 1).text()).isEqualTo("after 119");
        assertThat(page.posts()).hasSizeLessThanOrEqualTo(121);
    }

    @Test
    void givenPolls_whenTheAccessTokenExpiresAndThenTheRefreshTokenToo_thenItRefreshesAndOnlyThenLogsInAgain() {
        // given
        pds.post(JANE, "hello", null, "mention");
        driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());
        driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());
        int afterTwoPolls = pds.logins();

        // when: the access token expires (refresh works), then both are refused
        pds.expireAccessTokens();
        FetchResult refreshed = driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());
        int afterRefresh = pds.logins();
        pds.expireSessions();
        FetchResult relogged = driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());

        // then
        assertThat(afterTwoPolls).isEqualTo(1);
        assertThat(refreshed).isInstanceOf(FetchResult.Page.class);
        assertThat(afterRefresh).isEqualTo(1);
        assertThat(relogged).isInstanceOf(FetchResult.Page.class);
        assertThat(pds.logins()).isEqualTo(2);
    }

    @Test
    void givenAWrongAppPassword_whenFetchingOrTesting_thenAuthFailedAndTheFieldIsNamed() {
        Credentials wrong = new Credentials(Map.of("identifier", "acme.bsky.social", "appPassword", "nope"));

        assertThat(driver.fetch(pds.baseUrl(), wrong, Optional.empty())).isInstanceOf(FetchResult.AuthFailed.class);
        assertThat(driver.verify(pds.baseUrl(), wrong)).isInstanceOfSatisfying(Verification.Failed.class,
                failed -> assertThat(failed.field()).isEqualTo("credentials.appPassword"));
        assertThat(driver.verify(pds.baseUrl(), LOGIN)).isEqualTo(new Verification.Verified(
                FakeBluesky.COMPANY.did(), "acme.bsky.social"));
        assertThat(driver.verify(pds.baseUrl(), new Credentials(Map.of("appPassword", "x"))))
                .isInstanceOfSatisfying(Verification.Failed.class,
                        failed -> assertThat(failed.field()).isEqualTo("credentials.identifier"));
    }

    @Test
    void givenRateLimitsOutagesAndBrokenBodies_whenFetching_thenEachIsAnExpectedFailure() {
        pds.failNext(new FakeBluesky.Answer(429, "{\"error\":\"RateLimitExceeded\"}",
                Map.of("ratelimit-reset", "1795000000")));
        assertThat(driver.fetch(pds.baseUrl(), LOGIN, Optional.empty()))
                .isEqualTo(new FetchResult.RateLimited(Instant.ofEpochSecond(1_795_000_000L)));
        pds.failNext(new FakeBluesky.Answer(502, "<html>bad gateway</html>", Map.of()));
        assertThat(driver.fetch(pds.baseUrl(), LOGIN, Optional.empty())).isInstanceOf(FetchResult.Unavailable.class);
        pds.failNext(new FakeBluesky.Answer(200, "{\"notifications\":[{\"uri\":", Map.of()));
        assertThat(driver.fetch(pds.baseUrl(), LOGIN, Optional.empty())).isInstanceOf(FetchResult.Unavailable.class);

        raw.reply(json(200, "{\"did\":\"did:plc:acme\",\"handle\":\"a\",\"accessJwt\":\"t\",\"refreshJwt\":\"r\"}"));
        raw.reply(json(200, "{}").delayedBy(Duration.ofSeconds(2)));
        assertThat(driver.fetch(raw.baseUrl(), LOGIN, Optional.empty())).isInstanceOf(FetchResult.Unavailable.class);
    }

    @Test
    void givenNotificationsWithoutTimeOrFromADeletedAccount_whenFetching_thenTheRestIsKeptAndTheOddOneReported() {
        // given: one without indexedAt, one whose author is gone (no did), one fine
        raw.reply(json(200, "{\"did\":\"did:plc:acme\",\"handle\":\"a\",\"accessJwt\":\"t\",\"refreshJwt\":\"r\"}"));
        raw.reply(json(200, "{\"notifications\":["
                + "{\"uri\":\"at://did:plc:x/app.bsky.feed.post/1\",\"reason\":\"mention\",\"record\":{\"text\":\"a\"}},"
                + "{\"uri\":\"at://did:plc:y/app.bsky.feed.post/2\",\"reason\":\"mention\",\"author\":{},"
                + "\"indexedAt\":\"2026-11-29T08:00:00.000Z\",\"record\":{\"text\":\"ghost\"}},"
                + "{\"uri\":\"at://did:plc:z/app.bsky.feed.post/3\",\"reason\":\"reply\",\"author\":{\"did\":"
                + "\"did:plc:z\",\"handle\":\"z.bsky.social\"},\"indexedAt\":\"2026-11-29T08:00:01.000Z\","
                + "\"record\":{\"text\":\"fine\",\"createdAt\":\"2026-11-29T07:59:59.000Z\"}}]}"));
        raw.reply(json(200, "{\"profiles\":[]}"));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(raw.baseUrl(), LOGIN, Optional.empty());

        // then
        assertThat(page.posts()).extracting(InboundPost::text).containsExactly("ghost", "fine");
        assertThat(page.posts().get(0).author().externalUserId()).isEmpty();
        assertThat(page.unreadable()).hasSize(1);
    }

    @Test
    void givenAReplyToAReplyInAThread_whenSending_thenRootAndParentAreReferencedAndTheMentionFacetCountsBytes() {
        // given: Jane's post, Sami's reply in her thread
        String root = pds.post(JANE, "first", null, "mention");
        String parent = pds.post(SAMI, "me too", root, "reply");
        OutboundReply reply = new OutboundReply(parent, PostKind.MENTION, SAMI.did(), SAMI.handle(),
                "we're on it 🙏 — sorry", "reply-1");

        // when
        SendResult sent = driver.reply(pds.baseUrl(), LOGIN, reply);

        // then
        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        JsonObject record = pds.posted().get(0).getAsJsonObject("record");
        assertThat(record.get("text").getAsString()).isEqualTo("@sami.example.com we're on it 🙏 — sorry");
        assertThat(record.getAsJsonObject("reply").getAsJsonObject("root").get("uri").getAsString()).isEqualTo(root);
        assertThat(record.getAsJsonObject("reply").getAsJsonObject("parent").get("uri").getAsString())
                .isEqualTo(parent);
        JsonObject facet = record.getAsJsonArray("facets").get(0).getAsJsonObject();
        assertThat(facet.getAsJsonObject("index").get("byteEnd").getAsInt())
                .isEqualTo("@sami.example.com".getBytes(StandardCharsets.UTF_8).length);
        assertThat(facet.getAsJsonArray("features").get(0).getAsJsonObject().get("did").getAsString())
                .isEqualTo(SAMI.did());
        assertThat(((SendResult.Sent) sent).externalId()).startsWith("at://" + FakeBluesky.COMPANY.did());
    }

    @Test
    void givenAGonePostOrAnOverlongReply_whenSending_thenRefusedWithTheReason() {
        OutboundReply gone = new OutboundReply("at://did:plc:jane00000000000000000000/app.bsky.feed.post/3zzz",
                PostKind.MENTION, JANE.did(), JANE.handle(), "hello", "r");
        assertThat(driver.reply(pds.baseUrl(), LOGIN, gone)).isInstanceOfSatisfying(SendResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED));

        // 300 graphemes: a family emoji is one however many code points it has
        String family = "👨‍👩‍👧‍👦";
        OutboundReply fits = new OutboundReply("x", PostKind.MENTION, JANE.did(), "", family.repeat(300), "k");
        OutboundReply over = new OutboundReply("x", PostKind.MENTION, JANE.did(), "", family.repeat(301), "k");
        assertThat(BlueskyChannel.SPEC.replyRule().problem(fits)).isEmpty();
        assertThat(BlueskyChannel.SPEC.replyRule().problem(over)).hasValueSatisfying(reason ->
                assertThat(reason).contains("301"));
    }

    @Test
    void givenDirectMessages_whenFetchingAndReplying_thenTheyComeAsMessagesAndTheReplyGoesToTheConversation() {
        // given: connecting takes the chat cursor only; then Jane writes privately
        FetchResult.Page first = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());
        String convo = pds.directMessage(JANE, "my address changed 🏠");

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, first.cursor());
        InboundPost message = page.posts().get(0);
        SendResult sent = driver.reply(pds.baseUrl(), LOGIN, new OutboundReply(message.externalId(),
                PostKind.DIRECT_MESSAGE, JANE.did(), JANE.handle(), "Noted, thanks", "r"));

        // then
        assertThat(page.posts()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(PostKind.DIRECT_MESSAGE);
            assertThat(m.text()).isEqualTo("my address changed 🏠");
            assertThat(m.conversationId()).contains(convo);
            assertThat(m.author().handle()).isEqualTo("jane.bsky.social");
            assertThat(m.author().followers()).hasValue(1234);
        });
        assertThat(sent).isInstanceOfSatisfying(SendResult.Sent.class,
                s -> assertThat(s.externalId()).startsWith("dm:" + convo + ":"));
        assertThat(pds.messagesSent()).singleElement().satisfies(body -> {
            assertThat(body.get("convoId").getAsString()).isEqualTo(convo);
            assertThat(body.getAsJsonObject("message").get("text").getAsString()).isEqualTo("Noted, thanks");
        });
        assertThat(page.cursor()).hasValueSatisfying(c -> assertThat(c).contains("|"));
    }

    @Test
    void givenAnAppPasswordWithoutDirectMessages_whenFetching_thenPostsStillComeAndTheReasonIsReported() {
        // given
        pds.denyChat();
        pds.post(JANE, "public question", null, "mention");

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, Optional.empty());

        // then
        assertThat(page.posts()).extracting(InboundPost::text).containsExactly("public question");
        assertThat(page.unreadable()).anySatisfy(reason -> assertThat(reason)
                .contains("does not allow direct messages"));
        // and: said again only after an hour, not on every poll
        assertThat(((FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, page.cursor())).unreadable()).isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(((FetchResult.Page) driver.fetch(pds.baseUrl(), LOGIN, page.cursor())).unreadable())
                .singleElement().satisfies(reason -> assertThat(reason).contains("direct messages"));
        OutboundReply longMessage = new OutboundReply("dm:c:m", PostKind.DIRECT_MESSAGE, JANE.did(), JANE.handle(),
                "a".repeat(1_001), "k");
        assertThat(BlueskyChannel.SPEC.replyRule().problem(longMessage)).hasValueSatisfying(reason ->
                assertThat(reason).contains("1000").contains("direct message"));
    }
}
