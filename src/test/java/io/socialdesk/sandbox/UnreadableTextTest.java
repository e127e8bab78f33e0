package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies and incident answers whose text is broken (a NUL, a half surrogate pair, bytes that are no UTF-8) and a
 * settings form with such a pattern: each is refused with 400 naming the field, and nothing reaches a network or
 * the database.
 */
class UnreadableTextTest {
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
    void givenARequest_whenRepliesWithBrokenTextAreSent_thenEachIs400NamingTextAndNothingIsPosted() throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "where is my parcel?", null, false);
        await(() -> !sandbox.jsm().requests().isEmpty());
        SimulatedJsm.Request request = sandbox.jsm().requests().get(0);
        String reply = "rest/socialdesk/1.0/history/" + request.key() + "/reply";

        // when
        HttpResponse<String> nul = send(reply, "{\"text\":\"on its way\\u0000\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> half = send(reply, "{\"text\":\"sorry \\ud83d\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> latin1 = send(reply, "{\"text\":\"d\u00e9sol\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1));

        // then
        assertThat(field(nul)).isEqualTo("text");
        assertThat(field(half)).isEqualTo("text");
        assertThat(field(latin1)).isEqualTo("body");
        assertThat(feeds.mastodon().posted()).isEmpty();
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().comments()).isEmpty();
    }

    @Test
    void givenSettingsWithANulInThePattern_whenSaved_thenRefusedNamingIt() throws Exception {
        // when
        HttpResponse<String> saved = send("rest/socialdesk/1.0/admin/settings", ("{\"mergeWindowHours\":24,"
                + "\"reopenWindowDays\":7,\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,"
                + "\"missedCallCreatesRequest\":true,\"defaultRegion\":\"US\",\"retentionMonths\":0,"
                + "\"customerNumberPattern\":\"CUST-\\u0000[0-9]+\",\"praise\":\"request\",\"surgeMinPerMinute\":8,"
                + "\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"same_topic\"}")
                .getBytes(StandardCharsets.UTF_8), "PUT");

        // then
        assertThat(field(saved)).isEqualTo("customerNumberPattern");
    }

    @Test
    void givenAnIncidentAnswerWithAHalfSurrogate_whenStarted_thenRefusedNamingText() throws Exception {
        // given: any request stands in for the incident; the text is checked before the incident is looked at
        SimulatedJsm.Request request = sandbox.jsm().createRequest("Surge", "incident", "socialdesk", 1);

        // when
        HttpResponse<String> answer = send("rest/socialdesk/1.0/history/" + request.key() + "/incident/answer",
                "{\"text\":\"we are on it \\udc00\"}".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(field(answer)).isEqualTo("text");
    }

    private HttpResponse<String> send(String path, byte[] body) throws Exception {
        return send(path, body, "POST");
    }

    private HttpResponse<String> send(String path, byte[] body, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JsonParser.parseString(response.body()).getAsJsonObject().get("field").getAsString();
    }
}
