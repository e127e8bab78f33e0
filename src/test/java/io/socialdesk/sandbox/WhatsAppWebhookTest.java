package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.Credentials;
import io.socialdesk.intake.PushedLog;
import io.socialdesk.sandbox.feeds.FakeWhatsApp;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.support.HubSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WhatsApp webhook over HTTP on the sandbox: Meta's handshake, the signature (good, forged, made with the app
 * secret an admin has since replaced), Meta's duplicate deliveries, statuses out of order and a failed delivery, and
 * hostile bodies (never a 5xx, nothing stored unless signed).
 */
class WhatsAppWebhookTest {
    private static final String PAT = "4915112345678";

    @RegisterExtension
    final RunningSandbox running = RunningSandbox.polling();
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private FakeWhatsApp whatsapp;
    private ChannelAccount number;

    @BeforeEach
    void find() {
        sandbox = running.server();
        whatsapp = running.feeds().whatsapp();
        number = sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("whatsapp")).findFirst().orElseThrow();
    }

    @Test
    void givenMetasHandshake_whenTheVerifyTokenIsTheNumbers_thenTheChallengeIsEchoedElse403() throws Exception {
        // when
        HttpResponse<String> good = get("?hub.mode=subscribe&hub.verify_token=" + SandboxFeeds.WHATSAPP_VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        HttpResponse<String> wrong = get("?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
        HttpResponse<String> script = get("?hub.mode=subscribe&hub.verify_token=" + SandboxFeeds.WHATSAPP_VERIFY_TOKEN
                + "&hub.challenge=%3Cscript%3E");

        // then
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("1158201444");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(script.statusCode()).isEqualTo(403);
    }

    @Test
    void givenOneMessage_whenSignedForgedOrSignedWithAReplacedSecret_thenOnlyTheGoodSignatureStoresIt()
            throws Exception {
        // given
        String first = body("wamid.SIG1", "is my order shipped?");
        String second = body("wamid.SIG2", "hello?");

        // when: forged, then good
        int forged = whatsapp.post(first, "sha256=" + "0".repeat(64));
        int missing = post(first, null);
        int good = whatsapp.post(first);
        // and when: the admin replaced the app secret; Meta's next call made with the old one is refused
        Map<String, String> values = new HashMap<>(credentials().values());
        values.put("appSecret", "rotated-secret");
        sandbox.components().get(CredentialStore.class).store(number.id(), new Credentials(values));
        int old = whatsapp.post(second);
        int renewed = whatsapp.post(second, HubSignature.header("rotated-secret",
                second.getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(forged).isEqualTo(401);
        assertThat(missing).isEqualTo(401);
        assertThat(good).isEqualTo(200);
        assertThat(old).isEqualTo(401);
        assertThat(renewed).isEqualTo(200);
        assertThat(stored("wamid.SIG1")).isTrue();
        assertThat(stored("wamid.SIG2")).isTrue();
    }

    @Test
    void givenMetaDeliversTheSameMessageThreeTimes_whenTwoArriveAtOnce_thenOneRequestOneInteraction() throws Exception {
        // given
        String body = body("wamid.DUP1", "my parcel #5120 is broken");

        // when: a retry while the first is still in flight, and one later
        Thread other = Thread.ofVirtual().start(() -> whatsapp.post(body));
        int first = whatsapp.post(body);
        other.join();
        int later = whatsapp.post(body);

        // then
        assertThat(first).isEqualTo(200);
        assertThat(later).isEqualTo(200);
        await(() -> sandbox.jsm().requests().size() == 1);
        Thread.sleep(500);
        assertThat(sandbox.jsm().requests()).singleElement().satisfies(r -> assertThat(r.comments()
                .stream().filter(c -> c.body().contains("5120 is broken"))).isEmpty());
        assertThat(sandbox.jsm().requests().get(0).description()).contains("5120 is broken");
    }

    @Test
    void givenTwoReplies_whenStatusesArriveOutOfOrderAndOneFails_thenOneIsReadAndTheOtherShowsWhy() throws Exception {
        // given: Pat writes; two replies are sent; the fake's own statuses are off so the test sends them
        whatsapp.sendStatuses(false);
        whatsapp.message(PAT, "Pat", "where is my parcel?");
        await(() -> sandbox.jsm().requests().size() == 1 && sandbox.jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));
        String key = sandbox.jsm().requests().get(0).key();
        assertThat(reply(key, "On its way").statusCode()).isEqualTo(200);
        assertThat(reply(key, "Tracking: 123").statusCode()).isEqualTo(200);
        String read = whatsapp.sent().get(0).get("id").getAsString();
        String failed = whatsapp.sent().get(1).get("id").getAsString();

        // when
        whatsapp.status(read, PAT, "read", 0);
        whatsapp.status(read, PAT, "sent", 0);
        whatsapp.status(read, PAT, "delivered", 0);
        whatsapp.status(failed, PAT, "sent", 0);
        whatsapp.status(failed, PAT, "failed", 131026);
        whatsapp.status("wamid.NOT-OURS", PAT, "read", 0);

        // then
        JsonArray entries = history(key).getAsJsonArray("entries");
        JsonObject first = outbound(entries, "On its way");
        JsonObject second = outbound(entries, "Tracking: 123");
        assertThat(first.get("delivery").getAsString()).isEqualTo("read");
        assertThat(first.get("failure").isJsonNull()).isTrue();
        assertThat(second.get("failure").getAsString()).contains("could not deliver").contains("131026");
    }

    @Test
    void givenHostileBodies_whenPosted_thenNeverA5xxAndNothingUnsignedIsStored() throws Exception {
        String[] bodies = {"", "null", "[]", "{", "{\"entry\":7}", "{\"entry\":[{\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"metadata\":{\"phone_number_id\":\"" + FakeWhatsApp.PHONE_NUMBER_ID + "\"},"
                + "\"messages\":[{\"id\":\"wamid.H1\",\"from\":\"" + "9".repeat(5000) + "\",\"timestamp\":\"1\"}]}}]}]}",
                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\","
                        + "\"value\":{\"metadata\":{\"phone_number_id\":\"" + FakeWhatsApp.PHONE_NUMBER_ID + "\"},"
                        + "\"messages\":[{\"id\":\"wamid.H2\",\"from\":\"14155550100\",\"timestamp\":\"1764921600\","
                        + "\"type\":\"text\",\"text\":{\"body\":\"<script>alert(1)</script>\"}}]}}]}]}",
                "\u0000\u0001binary", "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                // NUL, a lone surrogate and 20,000 characters in a signed message's text: stored cleaned and cut
                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\","
                        + "\"value\":{\"metadata\":{\"phone_number_id\":\"" + FakeWhatsApp.PHONE_NUMBER_ID + "\"},"
                        + "\"messages\":[{\"id\":\"wamid.H3\",\"from\":\"14155550101\",\"timestamp\":\"1764921600\","
                        + "\"type\":\"text\",\"text\":{\"body\":\"a\\u0000b\\ud800c" + "x".repeat(20_000)
                        + "\"}}]}}]}]}"};
        for (String body : bodies) {
            assertThat(post(body, "sha256=" + "ab".repeat(32))).as(body.length() > 60 ? body.substring(0, 60) : body)
                    .isEqualTo(401);
            assertThat(whatsapp.post(body)).as(body.length() > 60 ? body.substring(0, 60) : body).isLessThan(500);
        }
        assertThat(stored("wamid.H1")).as("a sender that is no phone number is unreadable").isFalse();
        assertThat(stored("wamid.H2")).isTrue();
        assertThat(stored("wamid.H3")).isTrue();
    }

    private boolean stored(String messageId) {
        return sandbox.components().get(PushedLog.class).find(number.id(), messageId).isPresent();
    }

    private Credentials credentials() {
        return sandbox.components().get(CredentialStore.class).credentials(number.id());
    }

    private String body(String id, String text) {
        JsonObject part = new JsonObject();
        part.addProperty("body", text);
        return whatsapp.messageNotification(PAT, "Pat", id, "text", part, null);
    }

    private static JsonObject outbound(JsonArray entries, String text) {
        return StreamSupport.stream(entries.spliterator(), false).map(e -> e.getAsJsonObject())
                .filter(e -> e.get("direction").getAsString().equals("outbound")
                        && e.get("text").getAsString().equals(text)).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(webhook().resolve(webhook().getPath() + query))
                .header("Cookie", "sandbox-user=anonymous").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhook()).header("Content-Type", "application/json")
                .header("Cookie", "sandbox-user=anonymous").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI webhook() {
        return sandbox.baseUrl().resolve("rest/socialdesk/1.0/whatsapp/webhook");
    }

    private JsonObject history(String key) throws Exception {
        return JsonParser.parseString(running.api("alice", "GET", "history/" + key, null).body()).getAsJsonObject();
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        return running.api("alice", "POST", "history/" + key + "/reply", "{\"text\":\"" + text + "\"}");
    }
}
