package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone and social customers are treated alike: whichever way a customer comes first, the other channel lands on the
 * same request (so the same request type and the same SLA clocks) and in the same history.
 */
class EqualTreatmentTest {
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, clock);
        feeds = SandboxFeeds.connect(sandbox, clock);
        sandbox.startPolling(Duration.ofMillis(100));
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenJaneCalledFirst_whenSheThenPostsOnMastodon_thenThePostJoinsTheCallsRequestAndOneHistory()
            throws Exception {
        // given: a missed call naming her e-mail makes a request
        assertThat(feeds.telephony().call("+1 415 555 0177", "missed", Duration.ZERO,
                ",\"customerEmail\":\"jane@customer.example\"")).isEqualTo(200);
        await(() -> sandbox.jsm().requests().size() == 1);
        SimulatedJsm.Request request = sandbox.jsm().requests().get(0);

        // when
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "I tried calling you about my refund", null, false);
        await(() -> request.comments().stream().anyMatch(c -> c.body().contains("about my refund")));

        // then: one request, of the type the call chose, holding both; one history with both channels
        assertThat(sandbox.jsm().requests()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(request.key());
            assertThat(r.requestTypeId()).isEqualTo(request.requestTypeId());
            assertThat(r.reporterKey()).isEqualTo("jane@customer.example");
        });
        Set<String> channels = new HashSet<>();
        JsonObject history = JsonParser.parseString(http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/history/" + request.key()))
                .header("Cookie", "sandbox-user=alice").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body()).getAsJsonObject();
        for (JsonElement entry : history.getAsJsonArray("entries")) {
            channels.add(entry.getAsJsonObject().get("channel").getAsString());
            assertThat(entry.getAsJsonObject().get("issueId").getAsLong()).isEqualTo(request.id());
        }
        assertThat(channels).containsExactlyInAnyOrder("phone", "mastodon");
        // and: the post is triaged in the panel (a complaint word), the call is not
        for (JsonElement entry : history.getAsJsonArray("entries")) {
            JsonObject item = entry.getAsJsonObject();
            if (item.get("channel").getAsString().equals("phone")) {
                assertThat(item.has("triage")).isFalse();
            } else {
                assertThat(item.getAsJsonObject("triage").get("intent").getAsString()).isEqualTo("complaint");
                assertThat(item.getAsJsonObject("triage").getAsJsonArray("reasons").toString()).contains("refund");
            }
        }
    }
}
