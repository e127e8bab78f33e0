package io.socialdesk.channel.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.sandbox.feeds.FakeMeta;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Facebook Page and Instagram drivers against a local Graph API in Meta's shapes (FakeMeta). */
class MetaDriversTest {
    private static final Credentials PAGE = new Credentials(Map.of("pageId", FakeMeta.PAGE_ID,
            "pageAccessToken", "page-token"));
    private static final Credentials INSTAGRAM = new Credentials(Map.of("igUserId", FakeMeta.IG_USER_ID,
            "pageId", FakeMeta.PAGE_ID, "pageAccessToken", "page-token"));
    private static final FakeMeta.Person JANE = new FakeMeta.Person("6100000000001", "Jane Customer", "jane.c");
    private static final FakeMeta.Person AMIR = new FakeMeta.Person("6100000000002", "أمير", "amir_22");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final FakeMeta meta = new FakeMeta("page-token", clock);
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST);
    private final FacebookDriver facebook = new FacebookDriver(edge, clock);
    private final InstagramDriver instagram = new InstagramDriver(edge, clock);

    @AfterEach
    void stop() {
        meta.close();
    }

    @Test
    void givenMessagesAndCommentsOnThePage_whenFetching_thenBothComeInKindThreadedAndOnlySinceTheCursor() {
        // given: the first poll at connection takes nothing old
        String post = meta.pagePost("Our new delivery times");
        meta.comment(JANE, "old comment", post);
        clock.advance(Duration.ofMinutes(5));
        FetchResult.Page first = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        meta.message(JANE, "where is my parcel? 📦", "messenger");
        String comment = meta.comment(AMIR, "طلبي متأخر", post);

        // when
        FetchResult.Page page = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, first.cursor());

        // then
        assertThat(first.posts()).extracting(InboundPost::text).doesNotContain("old comment");
        assertThat(page.posts()).extracting(InboundPost::text).containsExactlyInAnyOrder("where is my parcel? 📦",
                "طلبي متأخر");
        InboundPost message = page.posts().stream().filter(p -> p.kind() == PostKind.DIRECT_MESSAGE).findFirst()
                .orElseThrow();
        assertThat(message.author().externalUserId()).isEqualTo(JANE.id());
        assertThat(message.author().handle()).isEqualTo("Jane Customer");
        assertThat(message.conversationId()).hasValueSatisfying(id -> assertThat(id).startsWith("t_"));
        InboundPost onPost = page.posts().stream().filter(p -> p.externalId().equals(comment)).findFirst()
                .orElseThrow();
        assertThat(onPost.kind()).isEqualTo(PostKind.MENTION);
        assertThat(onPost.conversationId()).contains(post);
        assertThat(onPost.context()).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo("Our new delivery times"));
        assertThat(onPost.url()).map(Object::toString).hasValueSatisfying(u -> assertThat(u).startsWith("https://"));
        assertThat(Long.parseLong(page.cursor().orElseThrow())).isEqualTo(clock.instant().toEpochMilli());
    }

    @Test
    void givenMoreConversationsThanAPageSinceTheLastPoll_whenFetching_thenGraphsPagingReadsThemAll() {
        // given: 60 customers write after the last poll (a page holds 25)
        FetchResult.Page first = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, Optional.empty());
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            meta.message(new FakeMeta.Person("62000000000" + (10 + i), "C" + i, "c" + i), "hello " + i, "messenger");
        }

        // when
        FetchResult.Page page = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, first.cursor());

        // then
        assertThat(page.posts()).hasSize(60);
        assertThat(page.unreadable()).isEmpty();
    }

    @Test
    void givenAMessengerCustomer_whenRepliedInTheWindowAfterADayAndAfterAWeek_thenSentTaggedThenRefusedWithTheRule() {
        // given
        String id = meta.message(JANE, "hello?", "messenger");
        OutboundReply reply = new OutboundReply(id, PostKind.DIRECT_MESSAGE, JANE.id(), "Jane Customer",
                "We are on it", "r1");

        // when
        SendResult within = facebook.reply(meta.baseUrl(), PAGE, reply);
        clock.advance(Duration.ofHours(30));
        SendResult afterADay = facebook.reply(meta.baseUrl(), PAGE, reply);
        clock.advance(Duration.ofDays(7));
        SendResult afterAWeek = facebook.reply(meta.baseUrl(), PAGE, reply);

        // then
        assertThat(within).isInstanceOf(SendResult.Sent.class);
        assertThat(meta.sent().get(0).get("messaging_type").getAsString()).isEqualTo("RESPONSE");
        assertThat(afterADay).isInstanceOf(SendResult.Sent.class);
        assertThat(meta.sent().get(1).get("tag").getAsString()).isEqualTo("HUMAN_AGENT");
        assertThat(afterAWeek).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED);
            assertThat(failed.reason()).contains("within 24 hours").contains("7 days");
        });
    }

    @Test
    void givenAPageComment_whenReplying_thenItIsAnAnswerUnderThatComment() {
        String post = meta.pagePost("news");
        String comment = meta.comment(JANE, "question", post);

        SendResult sent = facebook.reply(meta.baseUrl(), PAGE, new OutboundReply(comment, PostKind.MENTION,
                JANE.id(), "Jane Customer", "Answer", "r"));

        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        assertThat(meta.sent().get(0).get("replyTo").getAsString()).isEqualTo(comment);
        assertThat(meta.sent().get(0).get("message").getAsString()).isEqualTo("Answer");
    }

    @Test
    void givenInstagramCommentsRepliesAndMessages_whenFetchingAndReplying_thenTopLevelRepliesWorkAndRepliesToRepliesAreRefused() {
        // given
        FetchResult.Page first = (FetchResult.Page) instagram.fetch(meta.baseUrl(), INSTAGRAM, Optional.empty());
        String media = meta.igMedia("new collection");
        String top = meta.igComment(JANE, "love it! size?", media, null);
        String nested = meta.igComment(AMIR, "same question 🙋", media, top);
        meta.message(AMIR, "DM: order 4711", "instagram");

        // when
        FetchResult.Page page = (FetchResult.Page) instagram.fetch(meta.baseUrl(), INSTAGRAM, first.cursor());
        SendResult toTop = instagram.reply(meta.baseUrl(), INSTAGRAM, new OutboundReply(top, PostKind.MENTION,
                JANE.id(), "jane.c", "Sizes S to XL", "r1"));
        SendResult toNested = instagram.reply(meta.baseUrl(), INSTAGRAM, new OutboundReply(nested, PostKind.MENTION,
                AMIR.id(), "amir_22", "Yes", "r2"));

        // then
        assertThat(page.posts()).extracting(InboundPost::text)
                .containsExactlyInAnyOrder("love it! size?", "same question 🙋", "DM: order 4711");
        InboundPost reply = page.posts().stream().filter(p -> p.externalId().equals(nested)).findFirst()
                .orElseThrow();
        assertThat(reply.inReplyTo()).contains(top);
        assertThat(reply.conversationId()).contains(media);
        assertThat(reply.author().handle()).isEqualTo("amir_22");
        assertThat(toTop).isInstanceOf(SendResult.Sent.class);
        assertThat(toNested).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED);
            assertThat(failed.reason()).contains("top-level comment");
        });
    }

    @Test
    void givenGraphErrors_whenFetching_thenExpiredTokenMissingPermissionRateLimitOutageAndBrokenBodyAreValues() {
        Credentials expired = new Credentials(Map.of("pageId", FakeMeta.PAGE_ID, "pageAccessToken", "old"));
        assertThat(facebook.fetch(meta.baseUrl(), expired, Optional.of("1"))).isInstanceOf(
                FetchResult.AuthFailed.class);
        meta.failNext(new FakeMeta.Answer(403, "{\"error\":{\"message\":\"(#10) Requires pages_messaging\","
                + "\"code\":10}}", Map.of()));
        assertThat(facebook.fetch(meta.baseUrl(), PAGE, Optional.of("1"))).isInstanceOfSatisfying(
                FetchResult.AuthFailed.class, failed -> assertThat(failed.reason()).contains("lacks a permission"));
        meta.failNext(new FakeMeta.Answer(400, "{\"error\":{\"message\":\"Application request limit reached\","
                + "\"code\":32}}", Map.of("X-Business-Use-Case-Usage", "{\"" + FakeMeta.PAGE_ID + "\":[{\"type\":"
                + "\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":7}]}")));
        assertThat(facebook.fetch(meta.baseUrl(), PAGE, Optional.of("1")))
                .isEqualTo(new FetchResult.RateLimited(clock.instant().plus(Duration.ofMinutes(7))));
        meta.failNext(new FakeMeta.Answer(500, "{\"error\":{\"message\":\"An unexpected error has occurred\","
                + "\"code\":2}}", Map.of()));
        assertThat(facebook.fetch(meta.baseUrl(), PAGE, Optional.of("1"))).isInstanceOf(FetchResult.Unavailable.class);
        meta.failNext(new FakeMeta.Answer(200, "{\"data\":[{\"id\":", Map.of()));
        assertThat(facebook.fetch(meta.baseUrl(), PAGE, Optional.of("1"))).isInstanceOf(FetchResult.Unavailable.class);
    }

    @Test
    void givenTestConnection_whenTheTokenIsRightOrWrong_thenThePageIsNamedOrTheTokenFieldBlamed() {
        assertThat(facebook.verify(meta.baseUrl(), PAGE)).isEqualTo(new Verification.Verified(FakeMeta.PAGE_ID,
                "ACME Support"));
        assertThat(instagram.verify(meta.baseUrl(), INSTAGRAM)).isEqualTo(new Verification.Verified(
                FakeMeta.IG_USER_ID, "acme"));
        assertThat(facebook.verify(meta.baseUrl(), new Credentials(Map.of("pageId", FakeMeta.PAGE_ID,
                "pageAccessToken", "wrong")))).isInstanceOfSatisfying(Verification.Failed.class,
                failed -> assertThat(failed.field()).isEqualTo("credentials.pageAccessToken"));
        assertThat(facebook.verify(meta.baseUrl(), new Credentials(Map.of("pageId", "my page",
                "pageAccessToken", "x")))).isInstanceOfSatisfying(Verification.Failed.class,
                failed -> assertThat(failed.field()).isEqualTo("credentials.pageId"));
    }

    @Test
    void givenLongReplies_whenChecked_thenEachKindHasItsOwnLimit() {
        OutboundReply message = new OutboundReply("m", PostKind.DIRECT_MESSAGE, "1", "", "a".repeat(2_001), "k");
        OutboundReply comment = new OutboundReply("1_2", PostKind.MENTION, "1", "", "a".repeat(2_001), "k");
        assertThat(MetaChannels.FACEBOOK_SPEC.replyRule().problem(message)).isPresent();
        assertThat(MetaChannels.FACEBOOK_SPEC.replyRule().problem(comment)).isEmpty();
        assertThat(MetaChannels.INSTAGRAM_SPEC.replyRule().problem(comment)).isEmpty();
        assertThat(MetaChannels.INSTAGRAM_SPEC.replyRule().problem(new OutboundReply("1", PostKind.MENTION, "1", "",
                "a".repeat(2_201), "k"))).hasValueSatisfying(reason -> assertThat(reason).contains("2200"));
    }

    @Test
    void givenATimeoutADeletedAuthorAndACommentWithoutText_whenFetching_thenOutageKeptAuthorAndReportedComment() {
        try (FakeHttpServer slow = new FakeHttpServer()) {
            // a timeout is an outage
            slow.reply(FakeHttpServer.Reply.json(200, "{\"data\":[]}").delayedBy(Duration.ofSeconds(2)));
            assertThat(facebook.fetch(slow.baseUrl(), PAGE, Optional.of("1"))).isInstanceOf(
                    FetchResult.Unavailable.class);
        }
        try (FakeHttpServer raw = new FakeHttpServer()) {
            // a comment whose author is gone (no from) is kept; one without text (sticker, deleted) is reported
            raw.reply(FakeHttpServer.Reply.json(200, "{\"data\":[]}"));
            raw.reply(FakeHttpServer.Reply.json(200, "{\"data\":[{\"id\":\"1_2\",\"created_time\":"
                    + "\"2026-11-29T08:00:00+0000\",\"comments\":{\"data\":["
                    + "{\"id\":\"2_3\",\"message\":\"who deleted me\",\"created_time\":\"2026-11-29T09:00:00+0000\"},"
                    + "{\"id\":\"2_4\",\"message\":\"\",\"from\":{\"id\":\"7\",\"name\":\"S\"},"
                    + "\"created_time\":\"2026-11-29T09:00:01+0000\"}]}}]}"));
            FetchResult.Page page = (FetchResult.Page) facebook.fetch(raw.baseUrl(), PAGE,
                    Optional.of(Long.toString(Instant.parse("2026-11-29T08:30:00Z").toEpochMilli())));

            assertThat(page.posts()).singleElement().satisfies(post -> {
                assertThat(post.text()).isEqualTo("who deleted me");
                assertThat(post.author().externalUserId()).isEmpty();
            });
            assertThat(page.unreadable()).singleElement().satisfies(reason -> assertThat(reason).contains("2_4")
                    .contains("no text"));
        }
    }

    @Test
    void givenNestedListsOfOneItemAPage_whenFetching_thenEveryMessageCommentAndReplyIsReadByFollowingPagingNext() {
        // given: Graph gives one nested item per page (it may give fewer than the limit); after the first poll Jane
        // writes twice on Messenger and comments twice on a post with earlier comments
        meta.pageNestedListsBy(1);
        String post = meta.pagePost("Winter sale");
        meta.comment(AMIR, "first!", post);
        clock.advance(Duration.ofMinutes(1));
        FetchResult.Page first = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        meta.message(JANE, "hello?", "messenger");
        clock.advance(Duration.ofSeconds(5));
        meta.message(JANE, "my parcel is late", "messenger");
        meta.comment(JANE, "my order 4711 never came", post);
        clock.advance(Duration.ofSeconds(5));
        meta.comment(JANE, "still waiting", post);

        // when
        FetchResult fetched = facebook.fetch(meta.baseUrl(), PAGE, first.cursor());
        assertThat(fetched).isInstanceOf(FetchResult.Page.class);
        FetchResult.Page page = (FetchResult.Page) fetched;

        // then: both messages and both comments, the comment from before the cursor not again
        assertThat(page.posts()).extracting(InboundPost::text).containsExactlyInAnyOrder("hello?",
                "my parcel is late", "my order 4711 never came", "still waiting");
    }

    @Test
    void givenInstagramRepliesOfOneItemAPage_whenFetching_thenEveryReplyIsRead() {
        // given
        meta.pageNestedListsBy(1);
        String media = meta.igMedia("New colours");
        FetchResult.Page first = (FetchResult.Page) instagram.fetch(meta.baseUrl(), INSTAGRAM, Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        String comment = meta.igComment(JANE, "is it waterproof?", media, null);
        meta.igComment(AMIR, "asking the same", media, comment);
        meta.igComment(JANE, "and in blue?", media, comment);
        meta.igComment(AMIR, "love it", media, null);

        // when
        FetchResult.Page page = (FetchResult.Page) instagram.fetch(meta.baseUrl(), INSTAGRAM, first.cursor());

        // then
        assertThat(page.posts()).extracting(InboundPost::text).containsExactlyInAnyOrder("is it waterproof?",
                "asking the same", "and in blue?", "love it");
        assertThat(page.posts()).filteredOn(p -> p.text().equals("and in blue?")).singleElement()
                .satisfies(p -> assertThat(p.inReplyTo()).contains(comment));
    }

    @Test
    void givenNothingNew_whenFetching_thenOneCallPerListAndNoneForALastPageWithCursors() {
        // given: earlier items (each list has cursors, none a next page)
        String post = meta.pagePost("Opening hours");
        meta.comment(JANE, "old", post);
        meta.message(JANE, "old message", "messenger");
        clock.advance(Duration.ofMinutes(1));
        FetchResult.Page first = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, Optional.empty());
        int before = meta.requestCount();
        clock.advance(Duration.ofMinutes(1));

        // when
        FetchResult.Page page = (FetchResult.Page) facebook.fetch(meta.baseUrl(), PAGE, first.cursor());

        // then: conversations and feed, one call each
        assertThat(page.posts()).isEmpty();
        assertThat(meta.requestCount() - before).isEqualTo(2);
    }
}
