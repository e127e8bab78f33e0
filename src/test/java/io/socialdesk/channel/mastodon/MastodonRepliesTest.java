package io.socialdesk.channel.mastodon;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.SendResult.SendFailure;
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

class MastodonRepliesTest {
    private static final Credentials TOKEN = new Credentials(Map.of("accessToken", "secret-token"));

    private final FakeHttpServer server = new FakeHttpServer();
    private final MastodonDriver driver = new MastodonDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST),
            Clock.fixed(Instant.parse("2026-11-22T10:10:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenTwoInstallationsWithOneToken_whenEachSendsItsReplyFive_thenMastodonSeesTwoDifferentKeys() {
        // given: production and its staging clone (same database, so the same reply ids; another address)
        server.reply(json(200, "{\"id\":\"1\",\"url\":\"https://mastodon.example/@acme/1\"}"));
        server.reply(json(200, "{\"id\":\"2\",\"url\":\"https://mastodon.example/@acme/2\"}"));
        HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:10:00Z"), ZoneOffset.UTC);
        OutboundReply five = new OutboundReply("113500000000000001", PostKind.MENTION, "108", "jane", "On it!",
                "socialdesk-reply-5");

        // when
        new MastodonDriver(edge, clock, () -> "a1b2c3d4e5f6").reply(server.baseUrl(), TOKEN, five);
        new MastodonDriver(edge, clock, () -> "0f9e8d7c6b5a").reply(server.baseUrl(), TOKEN, five);

        // then
        assertThat(server.requests()).extracting(r -> r.header("Idempotency-Key"))
                .containsExactly("a1b2c3d4e5f6-socialdesk-reply-5", "0f9e8d7c6b5a-socialdesk-reply-5");
    }

    @Test
    void givenAMention_whenReplying_thenAPublicStatusInReplyToItMentionsTheCustomerWithAnIdempotencyKey() {
        // given
        server.reply(json(200, "{\"id\":\"113500000000000077\",\"url\":\"https://mastodon.example/@acme/113500000000000077\"}"));

        // when
        SendResult result = driver.reply(server.baseUrl(), TOKEN, new OutboundReply("113500000000000001",
                PostKind.MENTION, "108", "jane", "We are on it!", "socialdesk-reply-5"));

        // then
        assertThat(result).isEqualTo(new SendResult.Sent("113500000000000077",
                Optional.of(URI.create("https://mastodon.example/@acme/113500000000000077"))));
        FakeHttpServer.Recorded sent = server.requests().get(0);
        assertThat(sent.uri().getPath()).isEqualTo("/api/v1/statuses");
        assertThat(sent.header("Idempotency-Key")).isEqualTo("socialdesk-reply-5");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer secret-token");
        var body = JsonParser.parseString(sent.body()).getAsJsonObject();
        assertThat(body.get("status").getAsString()).isEqualTo("@jane We are on it!");
        assertThat(body.get("in_reply_to_id").getAsString()).isEqualTo("113500000000000001");
        assertThat(body.get("visibility").getAsString()).isEqualTo("public");
    }

    @Test
    void givenADirectMessageAndATextThatAlreadyMentions_whenReplying_thenItStaysDirectWithoutASecondMention() {
        // given
        server.reply(json(200, "{\"id\":\"9\",\"url\":null}"));

        // when
        driver.reply(server.baseUrl(), TOKEN, new OutboundReply("113500000000000002", PostKind.DIRECT_MESSAGE,
                "109", "yusuf@example.social", "@Yusuf@example.social تم الشحن", "socialdesk-reply-6"));

        // then
        var body = JsonParser.parseString(server.requests().get(0).body()).getAsJsonObject();
        assertThat(body.get("visibility").getAsString()).isEqualTo("direct");
        assertThat(body.get("status").getAsString()).isEqualTo("@Yusuf@example.social تم الشحن");
    }

    @Test
    void givenAFollowersOnlyPost_whenReplying_thenTheReplyIsFollowersOnlyToo() {
        // given
        server.reply(json(200, "{\"id\":\"10\",\"url\":null}"));

        // when
        driver.reply(server.baseUrl(), TOKEN, new OutboundReply("113500000000000003", PostKind.FOLLOWERS_ONLY,
                "110", "jane", "We are on it!", "socialdesk-reply-7"));

        // then: a reply is never more public than what it answers
        var body = JsonParser.parseString(server.requests().get(0).body()).getAsJsonObject();
        assertThat(body.get("visibility").getAsString()).isEqualTo("private");
        assertThat(body.get("in_reply_to_id").getAsString()).isEqualTo("113500000000000003");
    }

    @Test
    void givenErrorAnswers_whenReplying_thenEachFailureSaysWhatHappened() {
        // given
        server.reply(json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}"))
                .reply(json(404, "{\"error\":\"Record not found\"}"))
                .reply(json(401, "{\"error\":\"The access token is invalid\"}"))
                .reply(json(429, "{\"error\":\"Too many requests\"}")
                        .withHeader("X-RateLimit-Reset", "2026-11-22T10:15:00.000Z"))
                .reply(json(502, "<html>Bad gateway</html>"))
                .reply(json(200, "{\"id\":"));
        OutboundReply reply = new OutboundReply("1", PostKind.MENTION, "108", "jane", "x", "k");

        // when / then
        SendResult.Failed tooLong = (SendResult.Failed) driver.reply(server.baseUrl(), TOKEN, reply);
        assertThat(tooLong.failure()).isEqualTo(SendFailure.REFUSED);
        assertThat(tooLong.reason()).contains("character limit of 500");
        assertThat(failure(driver.reply(server.baseUrl(), TOKEN, reply))).isEqualTo(SendFailure.REFUSED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKEN, reply))).isEqualTo(SendFailure.AUTH_FAILED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKEN, reply))).isEqualTo(SendFailure.RATE_LIMITED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKEN, reply))).isEqualTo(SendFailure.UNAVAILABLE);
        assertThat(failure(driver.reply(server.baseUrl(), TOKEN, reply))).isEqualTo(SendFailure.UNAVAILABLE);
    }

    @Test
    void givenNoToken_whenReplying_thenAuthFailsWithoutCallingMastodon() {
        // when
        SendResult result = driver.reply(server.baseUrl(), new Credentials(Map.of()),
                new OutboundReply("1", PostKind.MENTION, "108", "jane", "x", "k"));

        // then
        assertThat(failure(result)).isEqualTo(SendFailure.AUTH_FAILED);
        assertThat(server.requests()).isEmpty();
    }

    private static SendFailure failure(SendResult result) {
        return ((SendResult.Failed) result).failure();
    }
}
