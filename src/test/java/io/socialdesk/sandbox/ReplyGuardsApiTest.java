package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replies the panel must refuse before anything reaches the network, each a 400 naming what to fix. */
class ReplyGuardsApiTest {
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
    void givenAMastodonRequest_whenTheReplyIsTooLongWithTheMentionOrOnlyInvisible_thenRefusedAndNothingIsPosted()
            throws Exception {
        // given: "@jane " makes 495 characters 501
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "where is my parcel?", null, false);
        SimulatedJsm.Request request = awaitRequest("jane@customer.example");

        // when
        HttpResponse<String> tooLong = reply(request.key(), "a".repeat(495));
        HttpResponse<String> invisible = reply(request.key(), "\u200B\u200D\u2060 \u200B");
        HttpResponse<String> fits = reply(request.key(), "a".repeat(494));

        // then
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("text");
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(field(invisible)).isEqualTo("text");
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(feeds.mastodon().posted()).hasSize(1);
    }

    @Test
    void givenTheAccountWasDisabled_whenAnAgentReplies_thenRefusedAndNothingIsPosted() throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "where is my parcel?", null, false);
        SimulatedJsm.Request request = awaitRequest("jane@customer.example");
        ChannelAccount mastodon = sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("mastodon")).findFirst().orElseThrow();
        JsonObject disable = JsonParser.parseString("{\"kind\":\"mastodon\",\"name\":\"" + mastodon.name()
                + "\",\"apiBaseUrl\":\"" + mastodon.apiBaseUrl().orElseThrow() + "\",\"serviceDeskId\":1,"
                + "\"requestTypeId\":1,\"enabled\":false}").getAsJsonObject();
        assertThat(sandbox.components().get(ChannelAccountAdmin.class).update(mastodon.id(), disable))
                .isInstanceOf(ChannelAccountAdmin.Saved.class);

        // when
        HttpResponse<String> refused = reply(request.key(), "It left our warehouse today.");

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonParser.parseString(refused.body()).getAsJsonObject().get("message").getAsString())
                .contains("disabled");
        assertThat(feeds.mastodon().posted()).isEmpty();
    }

    private SimulatedJsm.Request awaitRequest(String reporter) throws InterruptedException {
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.reporterKey().equals(reporter)));
        return sandbox.jsm().requests().stream().filter(r -> r.reporterKey().equals(reporter)).findFirst()
                .orElseThrow();
    }


    private static String field(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject().get("field").getAsString();
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/history/" + key
                        + "/reply")).header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
