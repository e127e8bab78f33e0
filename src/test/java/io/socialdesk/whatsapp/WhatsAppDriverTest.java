package io.socialdesk.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.MediaDownloads;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.FakeHttpServer.Reply;
import io.socialdesk.testing.Pictures;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Cloud API driver against a local server in Meta's shapes: the messages it sends, the 24-hour window and its
 * template, every error a send can meet, Test connection and media by id.
 */
class WhatsAppDriverTest {
    private static final String NUMBER = "106540352242922";
    private static final String MESSAGES = "/v23.0/" + NUMBER + "/messages";
    private static final String SENT = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"14155550100\","
            + "\"wa_id\":\"14155550100\"}],\"messages\":[{\"id\":\"wamid.HBgLMTQxNTU1NTAxMDA\"}]}";
    private static final String WINDOW = error(131047, "Re-engagement message",
            "Message failed to send because more than 24 hours have passed since the customer last replied");
    private static final OutboundReply REPLY = new OutboundReply("wamid.IN1", PostKind.DIRECT_MESSAGE,
            "+14155550100", "+14155550100", "It leaves the depot today", "socialdesk-reply-7");

    private final FakeHttpServer cloud = new FakeHttpServer();
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST);
    private final WhatsAppDriver driver = new WhatsAppDriver(edge, new MediaDownloads(edge));

    @AfterEach
    void stop() {
        edge.close();
        cloud.close();
    }

    @Test
    void givenAnOpenWindow_whenReplying_thenATextQuotingTheCustomerGoesToTheirNumberWithTheToken() {
        // given
        cloud.route(MESSAGES, Reply.json(200, SENT));

        // when
        SendResult result = driver.reply(cloud.baseUrl(), credentials(false), REPLY);

        // then
        assertThat(result).isEqualTo(new SendResult.Sent("wamid.HBgLMTQxNTU1NTAxMDA", Optional.empty()));
        FakeHttpServer.Recorded sent = cloud.requests(MESSAGES).get(0);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer token-1");
        JsonObject body = JsonParser.parseString(sent.body()).getAsJsonObject();
        assertThat(body.get("messaging_product").getAsString()).isEqualTo("whatsapp");
        assertThat(body.get("to").getAsString()).isEqualTo("14155550100");
        assertThat(body.get("type").getAsString()).isEqualTo("text");
        assertThat(body.getAsJsonObject("text").get("body").getAsString()).isEqualTo("It leaves the depot today");
        assertThat(body.getAsJsonObject("context").get("message_id").getAsString()).isEqualTo("wamid.IN1");
    }

    @Test
    void givenAClosedWindowAndATemplate_whenReplying_thenTheTemplateGoesAndTheAgentIsToldWhy() {
        // given
        cloud.reply(Reply.json(400, WINDOW)).reply(Reply.json(200, SENT));

        // when
        SendResult result = driver.reply(cloud.baseUrl(), credentials(true), REPLY);

        // then
        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class, sent -> assertThat(sent.note())
                .hasValueSatisfying(note -> assertThat(note).contains("24 hours").contains("order_update")
                        .contains("de")));
        JsonObject template = JsonParser.parseString(cloud.requests(MESSAGES).get(1).body()).getAsJsonObject();
        assertThat(template.get("type").getAsString()).isEqualTo("template");
        assertThat(template.getAsJsonObject("template").get("name").getAsString()).isEqualTo("order_update");
        assertThat(template.getAsJsonObject("template").getAsJsonObject("language").get("code").getAsString())
                .isEqualTo("de");
    }

    @Test
    void givenAClosedWindowAndNoTemplate_whenReplying_thenRefusedWithTheRuleAndWhatTheAdminCanDo() {
        // given
        cloud.route(MESSAGES, Reply.json(400, WINDOW));

        // when
        SendResult result = driver.reply(cloud.baseUrl(), credentials(false), REPLY);

        // then
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED);
            assertThat(failed.reason()).contains("within 24 hours").contains("131047").contains("template");
        });
        assertThat(cloud.requests(MESSAGES)).hasSize(1);
    }

    @Test
    void givenEachErrorTheCloudApiSends_whenReplying_thenEachIsItsFailureWithMetasCode() {
        Map<Reply, SendResult.SendFailure> cases = new java.util.LinkedHashMap<>();
        cases.put(Reply.json(400, error(131026, "Message undeliverable", "Message Undeliverable.")),
                SendResult.SendFailure.REFUSED);
        cases.put(Reply.json(400, error(130429, "Rate limit hit", "Cloud API message throughput has been reached.")),
                SendResult.SendFailure.RATE_LIMITED);
        cases.put(Reply.json(400, error(131056, "Pair rate limit hit", "Too many messages to this number.")),
                SendResult.SendFailure.RATE_LIMITED);
        cases.put(Reply.json(429, ""), SendResult.SendFailure.RATE_LIMITED);
        cases.put(Reply.json(401, error(190, "Invalid OAuth access token", "Session has expired.")),
                SendResult.SendFailure.AUTH_FAILED);
        cases.put(Reply.json(403, error(200, "Permissions error", "whatsapp_business_messaging missing")),
                SendResult.SendFailure.AUTH_FAILED);
        cases.put(Reply.json(500, error(131000, "Something went wrong", "Something went wrong")),
                SendResult.SendFailure.UNAVAILABLE);
        cases.put(Reply.json(502, "<html>Bad gateway</html>"), SendResult.SendFailure.UNAVAILABLE);
        cases.put(Reply.json(200, "{\"messages\":[]}"), SendResult.SendFailure.UNAVAILABLE);
        cases.put(Reply.json(200, "not json"), SendResult.SendFailure.UNAVAILABLE);
        cases.put(Reply.json(200, SENT).delayedBy(Duration.ofSeconds(2)), SendResult.SendFailure.UNAVAILABLE);
        Map<String, SendResult.SendFailure> seen = new HashMap<>();
        Map<String, SendResult.SendFailure> expected = new HashMap<>();
        cases.forEach((reply, failure) -> {
            try (FakeHttpServer one = new FakeHttpServer()) {
                one.route(MESSAGES, reply);
                SendResult result = driver.reply(one.baseUrl(), credentials(false), REPLY);
                String name = reply.status() + " " + reply.body();
                expected.put(name, failure);
                seen.put(name, result instanceof SendResult.Failed failed ? failed.failure() : null);
                if (result instanceof SendResult.Failed failed && reply.body().contains("\"code\"")) {
                    assertThat(failed.reason()).as(name).contains("code ");
                }
            }
        });
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void givenATemplateWhoseNameMetaDoesNotKnow_whenTheWindowClosed_thenRefusedAsATemplateProblem() {
        // given
        cloud.reply(Reply.json(400, WINDOW)).reply(Reply.json(404, error(132001, "Template name does not exist in "
                + "the translation", "template name (order_update) does not exist in de")));

        // when
        SendResult result = driver.reply(cloud.baseUrl(), credentials(true), REPLY);

        // then
        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED);
            assertThat(failed.reason()).contains("template").contains("132001");
        });
    }

    @Test
    void givenTheNumbersDetails_whenTestingTheConnection_thenItsNumberAndVerifiedNameOrTheTokenFieldToFix() {
        // given
        cloud.route("/v23.0/" + NUMBER, Reply.json(200, "{\"display_phone_number\":\"+1 555-010-0200\","
                + "\"verified_name\":\"ACME Support\",\"id\":\"" + NUMBER + "\"}"));

        // when
        Verification good = driver.verify(cloud.baseUrl(), credentials(false));
        Verification badToken;
        try (FakeHttpServer refusing = new FakeHttpServer()) {
            refusing.reply(Reply.json(401, error(190, "Invalid OAuth access token", "Malformed access token")));
            badToken = driver.verify(refusing.baseUrl(), credentials(false));
        }
        Verification badNumber = driver.verify(cloud.baseUrl(), new Credentials(Map.of("phoneNumberId", "+1 555",
                "accessToken", "t")));

        // then
        assertThat(good).isEqualTo(new Verification.Verified("+15550100200", "ACME Support (+1 555-010-0200)"));
        assertThat(badToken).isInstanceOfSatisfying(Verification.Failed.class,
                f -> assertThat(f.field()).isEqualTo("credentials.accessToken"));
        assertThat(badNumber).isInstanceOfSatisfying(Verification.Failed.class,
                f -> assertThat(f.field()).isEqualTo("credentials.phoneNumberId"));
        assertThat(cloud.requests("/v23.0/" + NUMBER).get(0).uri().getQuery())
                .isEqualTo("fields=display_phone_number,verified_name");
    }

    @Test
    void givenAPhotosMediaId_whenDownloaded_thenItsAddressIsAskedWithTheTokenAndTheFileFetchedWithItToo() {
        // given
        byte[] jpeg = Pictures.of("jpg", 10, 10);
        cloud.route("/v23.0/1479537139650973", Reply.json(200, "{\"url\":\"" + cloud.baseUrl()
                + "lookaside/1479537139650973\",\"mime_type\":\"image/jpeg\",\"id\":\"1479537139650973\"}"));
        cloud.file("/lookaside/1479537139650973", "image/jpeg", jpeg);
        Media photo = Media.of(Media.Kind.IMAGE, CloudMessages.mediaUrl(cloud.baseUrl(), "1479537139650973")
                .toString(), Optional.empty(), "").orElseThrow();
        Media elsewhere = Media.of(Media.Kind.IMAGE, "https://cdn.example/p.jpg", Optional.empty(), "")
                .orElseThrow();

        // when
        Optional<MediaDownloads.Download> got = driver.download(cloud.baseUrl(), credentials(false), photo, 1 << 20);

        // then
        assertThat(got).hasValueSatisfying(d -> assertThat(d.file()).hasValueSatisfying(f ->
                assertThat(f.bytes()).isEqualTo(jpeg)));
        assertThat(cloud.requests("/lookaside/1479537139650973").get(0).header("Authorization"))
                .isEqualTo("Bearer token-1");
        assertThat(driver.download(cloud.baseUrl(), credentials(false), elsewhere, 1 << 20))
                .as("an address not on the account's API is fetched without the token").isEmpty();
    }

    @Test
    void givenALongReply_whenCheckedByTheSpec_thenRefusedAbove4096Characters() {
        // then
        assertThat(WhatsAppChannel.SPEC.replyRule().problem(new OutboundReply("wamid.1", PostKind.DIRECT_MESSAGE,
                "+1", "+1", "a".repeat(4096), ""))).isEmpty();
        assertThat(WhatsAppChannel.SPEC.replyRule().problem(new OutboundReply("wamid.1", PostKind.DIRECT_MESSAGE,
                "+1", "+1", "a".repeat(4097), ""))).isPresent();
    }

    private static Credentials credentials(boolean template) {
        Map<String, String> values = new HashMap<>(Map.of("phoneNumberId", NUMBER, "accessToken", "token-1",
                "businessAccountId", "102290129340398", "appSecret", "s", "webhookVerifyToken", "v"));
        if (template) {
            values.put("templateName", "order_update");
            values.put("templateLanguage", "de");
        }
        return new Credentials(values);
    }

    private static String error(int code, String title, String details) {
        return "{\"error\":{\"message\":\"(#" + code + ") " + title + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + details + "\"},"
                + "\"fbtrace_id\":\"AbCdEf\"}}";
    }
}
