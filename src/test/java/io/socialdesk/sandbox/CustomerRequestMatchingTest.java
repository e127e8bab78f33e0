package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.intake.InboundText;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching onto a customer's own requests, end to end through the real jira adapters: Jane raised a request in the
 * portal; her social posts and her call find it by its key or its topic, or stay apart (linked when close), and a key
 * she may not see is never used.
 */
class CustomerRequestMatchingTest {
    private static final String JANE = "jane@customer.example";

    @TempDir
    Path home;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.startPolling(Duration.ofMillis(150));
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenAPortalRequest_whenJanesPostNamesItsKeyAndAnotherSharesItsTopic_thenBothLandOnItSayingWhy()
            throws Exception {
        // given
        String portal = raise(JANE, "Cannot log in to the customer portal",
                "Since this morning the portal says my password is wrong and the reset mail never arrives.", "portal");

        // when
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "@acme my ticket " + portal
                + " has been open for three days, nobody answers", null, false);
        await(() -> comments(portal) == 1);
        feeds.x().mention(SandboxFeeds.JANE_X, "the password reset mail still never arrives, I can't log in", null);
        await(() -> comments(portal) == 2);

        // then: no request of SocialDesk's own; each comment says why it is there, the property the latest reason
        assertThat(sandbox.jsm().requests()).singleElement();
        SimulatedJsm.Request request = sandbox.jsm().request(portal).orElseThrow();
        assertThat(request.comments().get(0).body()).contains("three days")
                .contains("SocialDesk: added here because the post names " + InboundText.escape(portal));
        assertThat(request.comments().get(1).body()).contains("password reset mail")
                .contains("is about what " + InboundText.escape(portal) + " is about");
        await(() -> sandbox.jsm().request(portal).orElseThrow().properties().containsKey("socialdesk")
                && property(portal).get("matchedBy").getAsString().equals("topic"));
        // (the insights job may add "repeat contact" in between: two channels on one open request)
        assertThat(sandbox.jsm().request(portal).orElseThrow().socialDeskEvents())
                .filteredOn(event -> !event.equals("SocialDesk: repeat contact"))
                .containsOnly("SocialDesk: contact merged");
    }

    @Test
    void givenAPortalRequest_whenJaneWritesAboutSomethingElse_thenANewRequestLinkedOnlyWhenItCameClose()
            throws Exception {
        // given
        String portal = raise(JANE, "Refund missing for the returned jacket",
                "I returned the winter jacket from order 55102 two weeks ago and have no refund yet.", "email");

        // when: something unrelated, then something close to the refund but not about it
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "does the Leeds store open on Sundays?", null, false);
        awaitPublishedRequests(2);
        feeds.x().mention(SandboxFeeds.JANE_X, "is the winter jacket also available in navy blue and grey?", null);
        awaitPublishedRequests(3);

        // then
        List<SimulatedJsm.Request> requests = sandbox.jsm().requests();
        SimulatedJsm.Request sundays = requests.get(1);
        SimulatedJsm.Request navy = requests.get(0);
        assertThat(sundays.summary()).contains("Sundays");
        assertThat(sundays.links()).isEmpty();
        assertThat(navy.summary()).contains("navy");
        assertThat(navy.links()).containsExactly(portal);
        assertThat(navy.description()).contains("SocialDesk: possibly the same as " + InboundText.escape(portal));
        assertThat(sandbox.jsm().request(portal).orElseThrow().comments()).isEmpty();
    }

    @Test
    void givenSomeoneElsesRequest_whenJaneNamesItsKey_thenItIsNeverUsed() throws Exception {
        // given: Yusuf's request, which Jane may not see
        String yusufs = raise("yusuf@example.org", "Invoice shows the wrong address", "Please fix the address.",
                "portal");

        // when
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "what is happening with " + yusufs
                + "? the invoice address is wrong", null, false);
        await(() -> sandbox.jsm().requests().size() == 2);

        // then
        assertThat(sandbox.jsm().request(yusufs).orElseThrow().comments()).isEmpty();
        assertThat(sandbox.jsm().requests().get(0).reporterKey()).isEqualTo(JANE);
    }

    @Test
    void givenAPortalRequest_whenJaneCallsFromHerNumber_thenTheCallIsAnInternalNoteOnIt() throws Exception {
        // given
        String portal = raise(JANE, "Router loses Wi-Fi every evening", "Every evening from 8 the Wi-Fi drops.",
                "portal");

        // when: the telephony system names her by her e-mail address
        int status = feeds.telephony().call("+1 (415) 555-0100", "answered", Duration.ofSeconds(95),
                ",\"customerEmail\":\"" + JANE + "\",\"callerName\":\"Jane Customer\"");

        // then
        assertThat(status).isEqualTo(200);
        await(() -> comments(portal) == 1);
        SimulatedJsm.Comment note = sandbox.jsm().request(portal).orElseThrow().comments().get(0);
        assertThat(note.internal()).isTrue();
        assertThat(note.body()).contains("Inbound call").contains("most recently updated open request");
        assertThat(sandbox.jsm().requests()).singleElement();
    }

    @Test
    void givenTheSandboxApi_whenARequestIsRaisedForNobodyOrWithoutASummary_thenTheFieldIsNamed() throws Exception {
        // when
        HttpResponse<String> nobody = raising("{\"reporter\":\"nobody@example.org\",\"summary\":\"x\"}");
        HttpResponse<String> blank = raising("{\"reporter\":\"" + JANE + "\",\"summary\":\" \"}");
        HttpResponse<String> fax = raising("{\"reporter\":\"" + JANE + "\",\"summary\":\"x\",\"channel\":\"fax\"}");

        // then
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(JsonParser.parseString(nobody.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("reporter");
        assertThat(JsonParser.parseString(blank.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("summary");
        assertThat(JsonParser.parseString(fax.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("channel");
        assertThat(sandbox.jsm().requests()).isEmpty();
    }

    private String raise(String reporter, String summary, String description, String channel) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("reporter", reporter);
        body.addProperty("summary", summary);
        body.addProperty("description", description);
        body.addProperty("channel", channel);
        HttpResponse<String> created = raising(body.toString());
        assertThat(created.statusCode()).isEqualTo(201);
        String key = JsonParser.parseString(created.body()).getAsJsonObject().get("key").getAsString();
        assertThat(sandbox.jsm().request(key).orElseThrow().channel()).isEqualTo(channel);
        return key;
    }

    private HttpResponse<String> raising(String body) throws Exception {
        URI uri = sandbox.baseUrl().resolve("sandbox/api/requests");
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int comments(String key) {
        return sandbox.jsm().request(key).orElseThrow().comments().size();
    }

    private JsonObject property(String key) {
        return JsonParser.parseString(sandbox.jsm().request(key).orElseThrow().properties().get("socialdesk"))
                .getAsJsonObject();
    }

    /**
     * {@code count} requests, the newest routed to the end: its link (written after the request is created) is in,
     * because the request's {@code socialdesk} property is only published once routing is done.
     */
    private void awaitPublishedRequests(int count) throws InterruptedException {
        await(() -> sandbox.jsm().requests().size() == count
                && sandbox.jsm().requests().get(0).properties().containsKey("socialdesk"));
    }
}
