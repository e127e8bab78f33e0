package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeWhatsApp;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.Pictures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WhatsApp end to end on the sandbox (a fake Cloud API that posts signed webhooks): Jane writes from the number she
 * called from and lands on her request; a reply inside the 24-hour window reaches the Cloud API as a text quoting her
 * message, one outside it goes as the admin's template and the panel says why; statuses arriving out of order leave
 * the reply read; a photo is downloaded by media id with the token and attached.
 */
class WhatsAppSandboxTest {
    private final MutableClock clock = new MutableClock(Instant.now());
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.pollingOn(clock);

    @Test
    void givenJaneCalled_whenSheWritesOnWhatsAppFromThatNumber_thenHerMessageLandsOnHerRequest() throws Exception {
        // given: her call made a request (missed and wanted) on her phone identity, joined to her Jira customer
        running.feeds().telephony().call("+1 (415) 555-0100", "missed", Duration.ZERO,
                ",\"customerEmail\":\"jane@customer.example\",\"callerName\":\"Jane Customer\"");
        await(() -> running.server().jsm().requests().size() == 1);
        String key = running.server().jsm().requests().get(0).key();

        // when
        clock.advance(Duration.ofMinutes(5));
        int status = running.feeds().whatsapp().message(SandboxFeeds.JANE_NUMBER, "Jane", "I just called you, please call back");

        // then: answered only once stored; the message is a comment on her request, not a new request
        assertThat(status).isEqualTo(200);
        await(() -> running.server().jsm().requests().get(0).comments().stream()
                .anyMatch(c -> c.body().contains("please call back")));
        assertThat(running.server().jsm().requests()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.reporterKey()).isEqualTo("jane@customer.example");
        });
        JsonArray identities = history(key).getAsJsonArray("identities");
        assertThat(identities.toString()).contains("+14155550100");
        assertThat(StreamSupport.stream(history(key).getAsJsonArray("entries").spliterator(), false)
                .map(e -> e.getAsJsonObject().get("channel").getAsString())).contains("phone", "whatsapp");
    }

    @Test
    void givenAMessage_whenTheAgentRepliesInsideAndOutsideTheWindow_thenTextThenTemplateAndStatusesShowRead()
            throws Exception {
        // given
        FakeWhatsApp whatsapp = running.feeds().whatsapp();
        whatsapp.message("4915112345678", "Pat", "where is my parcel #5120?");
        await(() -> running.server().jsm().requests().size() == 1 && running.server().jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));
        SimulatedJsm.Request request = running.server().jsm().requests().get(0);

        // when: a reply within the window
        HttpResponse<String> inside = reply(request.key(), "It leaves the depot today");

        // then: a text to her number quoting her message; its statuses (read before delivered) leave it read
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        JsonObject text = whatsapp.sent().get(0);
        assertThat(text.get("to").getAsString()).isEqualTo("4915112345678");
        assertThat(text.get("type").getAsString()).isEqualTo("text");
        assertThat(text.getAsJsonObject("text").get("body").getAsString()).isEqualTo("It leaves the depot today");
        assertThat(text.getAsJsonObject("context").get("message_id").getAsString()).startsWith("wamid.IN");
        await(() -> "read".equals(newestReply(request.key()).map(e -> e.get("delivery")).filter(d -> !d.isJsonNull())
                .map(d -> d.getAsString()).orElse("")));

        // when: two days later the window has closed
        clock.advance(Duration.ofDays(2));
        HttpResponse<String> outside = reply(request.key(), "Did it arrive?");

        // then: the admin's template went instead, and the agent is told why
        assertThat(outside.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(outside.body()).getAsJsonObject().get("note").getAsString())
                .contains("24 hours").contains("support_follow_up");
        JsonObject template = whatsapp.sent().get(1);
        assertThat(template.get("type").getAsString()).isEqualTo("template");
        assertThat(template.getAsJsonObject("template").get("name").getAsString()).isEqualTo("support_follow_up");
        assertThat(template.getAsJsonObject("template").getAsJsonObject("language").get("code").getAsString())
                .isEqualTo("en_US");
        assertThat(newestReply(request.key()).orElseThrow().get("reason").getAsString())
                .contains("support_follow_up");
        assertThat(whatsapp.sent()).hasSize(2);
    }

    @Test
    void givenAPhoto_whenItArrives_thenItIsDownloadedByMediaIdWithTheTokenAndAttached() throws Exception {
        // when
        int status = running.feeds().whatsapp().photo("4915112345679", "Kim", "the box arrived like this",
                Pictures.of("jpg", 12, 12));

        // then
        assertThat(status).isEqualTo(200);
        await(() -> running.server().jsm().requests().size() == 1
                && !running.server().jsm().attachments(running.server().jsm().requests().get(0).id()).isEmpty());
        SimulatedJsm.Request request = running.server().jsm().requests().get(0);
        assertThat(running.server().jsm().attachments(request.id())).singleElement()
                .satisfies(a -> assertThat(a.filename()).startsWith("whatsapp-").endsWith("-1.jpg"));
        assertThat(request.summary()).contains("the box arrived like this");
    }

    private java.util.Optional<JsonObject> newestReply(String key) {
        return StreamSupport.stream(history(key).getAsJsonArray("entries").spliterator(), false)
                .map(e -> e.getAsJsonObject()).filter(e -> e.get("direction").getAsString().equals("outbound"))
                .findFirst();
    }

    private JsonObject history(String key) {
        try {
            HttpResponse<String> response = running.api("alice", "GET", "history/" + key, null);
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        return running.api("alice", "POST", "history/" + key + "/reply", "{\"text\":\"" + text + "\"}");
    }
}
