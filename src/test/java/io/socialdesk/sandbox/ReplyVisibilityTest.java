package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.Settings;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.sandbox.feeds.FakeMastodon;
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
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply is never more public than the post it answers, end to end: a Mastodon followers-only post is answered
 * followers-only (or directly, when the admin prefers), and the panel says who will see the reply before it is sent.
 */
class ReplyVisibilityTest {
    private static final FakeMastodon.Account FOLLOWER = new FakeMastodon.Account("880", "follower", "Fay Follower",
            12);

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
    void givenAFollowersOnlyPost_whenAnAgentReplies_thenThePanelSaysFollowersAndTheReplyIsFollowersOnly()
            throws Exception {
        // given
        String key = requestFor("@acme the app logs me out every hour", "private");

        // when
        JsonObject panel = history(key);
        HttpResponse<String> reply = reply(key, "A fix ships tomorrow.");

        // then
        assertThat(panel.get("replyAudience").getAsString()).isEqualTo("followers");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(lastPosted().get("visibility").getAsString()).isEqualTo("private");
    }

    @Test
    void givenAnAdminWhoAnswersFollowersOnlyPostsDirectly_whenAnAgentReplies_thenOnlyTheCustomerSeesIt()
            throws Exception {
        // given
        SettingsStore settings = sandbox.components().get(SettingsStore.class);
        Settings current = settings.read();
        settings.save(new Settings(current.routing(), current.defaultRegion(), current.retentionMonths(),
                current.customerNumberPattern(), current.surge(), current.viral(),
                new DeliverySettings(Set.of(), "", true)));
        String key = requestFor("@acme my invoice shows the wrong address", "private");

        // when
        JsonObject panel = history(key);
        reply(key, "We corrected it, a new invoice is on its way.");

        // then
        assertThat(panel.get("replyAudience").getAsString()).isEqualTo("customer");
        assertThat(lastPosted().get("visibility").getAsString()).isEqualTo("direct");
    }

    @Test
    void givenAPublicPost_whenThePanelOpens_thenItSaysTheReplyIsPublic() throws Exception {
        // given
        String key = requestFor("@acme where is parcel 55120?", "public");

        // when
        JsonObject panel = history(key);

        // then
        assertThat(panel.get("replyAudience").getAsString()).isEqualTo("public");
    }

    private String requestFor(String text, String visibility) throws InterruptedException {
        String marker = text.substring(text.lastIndexOf(' ') + 1);
        feeds.mastodon().post(FOLLOWER, text, null, visibility);
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.summary().contains(marker)));
        return sandbox.jsm().requests().stream().filter(r -> r.summary().contains(marker))
                .map(SimulatedJsm.Request::key).findFirst().orElseThrow();
    }

    private JsonObject lastPosted() {
        List<JsonObject> posted = feeds.mastodon().posted();
        assertThat(posted).isNotEmpty();
        return posted.get(posted.size() - 1);
    }

    private JsonObject history(String key) throws Exception {
        HttpResponse<String> response = send("GET", "history/" + key, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        return send("POST", "history/" + key + "/reply", body.toString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                        + "rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json");
        return http.send(body == null ? request.GET().build()
                : request.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
