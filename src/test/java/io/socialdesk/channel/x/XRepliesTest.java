package io.socialdesk.channel.x;

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

class XRepliesTest {
    private static final Credentials TOKENS = new Credentials(Map.of("consumerKey", "ck", "consumerSecret", "cs",
            "accessToken", "7-token", "accessTokenSecret", "ts"));
    private static final OutboundReply TO_MENTION = new OutboundReply("1900000000000000003", PostKind.MENTION, "42",
            "jane", "Sorry Jane, your parcel ships today 📦", "socialdesk-reply-9");

    private final FakeHttpServer server = new FakeHttpServer();
    private final XDriver driver = new XDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(800), AddressGuard.ANY_HOST),
            Clock.fixed(Instant.parse("2026-01-15T11:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenAMention_whenReplying_thenAPostInReplyToItIsCreatedAndItsIdComesBack() {
        // given
        server.reply(json(201, "{\"data\":{\"id\":\"1900000000000000099\",\"text\":\"Sorry Jane\"}}"));

        // when
        SendResult result = driver.reply(server.baseUrl(), TOKENS, TO_MENTION);

        // then
        assertThat(result).isEqualTo(new SendResult.Sent("1900000000000000099",
                Optional.of(URI.create("https://x.com/i/web/status/1900000000000000099"))));
        FakeHttpServer.Recorded sent = server.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().getPath()).isEqualTo("/2/tweets");
        assertThat(sent.header("Authorization")).startsWith("OAuth ").contains("oauth_token=\"7-token\"");
        var body = JsonParser.parseString(sent.body()).getAsJsonObject();
        assertThat(body.get("text").getAsString()).isEqualTo("Sorry Jane, your parcel ships today 📦");
        assertThat(body.getAsJsonObject("reply").get("in_reply_to_tweet_id").getAsString())
                .isEqualTo("1900000000000000003");
    }

    @Test
    void givenADirectMessage_whenReplying_thenADirectMessageGoesToTheCustomer() {
        // given
        server.reply(json(201, "{\"data\":{\"dm_conversation_id\":\"7-42\",\"dm_event_id\":\"1800000000000000077\"}}"));
        OutboundReply toDm = new OutboundReply("1800000000000000030", PostKind.DIRECT_MESSAGE, "42", "jane",
                "We refunded the second charge.", "socialdesk-reply-10");

        // when
        SendResult result = driver.reply(server.baseUrl(), TOKENS, toDm);

        // then
        assertThat(result).isEqualTo(new SendResult.Sent("1800000000000000077", Optional.empty()));
        FakeHttpServer.Recorded sent = server.requests().get(0);
        assertThat(sent.uri().getPath()).isEqualTo("/2/dm_conversations/with/42/messages");
        assertThat(sent.header("Authorization")).startsWith("OAuth ").contains("oauth_signature=");
        assertThat(JsonParser.parseString(sent.body()).getAsJsonObject().get("text").getAsString())
                .isEqualTo("We refunded the second charge.");
    }

    @Test
    void givenErrorAnswers_whenReplying_thenEachFailureSaysWhatHappened() {
        // given
        server.reply(json(429, "{\"title\":\"Too Many Requests\"}").withHeader("x-rate-limit-reset", "1768476000"))
                .reply(json(401, "{\"title\":\"Unauthorized\"}"))
                .reply(json(402, "{\"title\":\"CreditsDepleted\"}"))
                .reply(json(403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\"}"))
                .reply(json(503, "{}"))
                .reply(json(201, "{\"data\":{\"id\""));

        // when / then
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.RATE_LIMITED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.AUTH_FAILED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.BILLING_PAUSED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.REFUSED);
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.UNAVAILABLE);
        assertThat(failure(driver.reply(server.baseUrl(), TOKENS, TO_MENTION))).isEqualTo(SendFailure.UNAVAILABLE);
    }

    @Test
    void givenASlowServer_whenReplying_thenItIsUnavailableAndSaysTheOutcomeIsUnknown() {
        // given
        server.reply(json(201, "{\"data\":{\"id\":\"1\"}}").delayedBy(Duration.ofSeconds(3)));

        // when
        SendResult result = driver.reply(server.baseUrl(), TOKENS, TO_MENTION);

        // then
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendFailure.UNAVAILABLE);
            assertThat(failed.reason()).contains("may or may not");
        });
    }

    private static SendFailure failure(SendResult result) {
        return ((SendResult.Failed) result).failure();
    }
}
