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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reply is never more public than the post it answers, end to end: a Mastodon followers-only post is answered
 * followers-only (or directly, when the admin prefers), and the panel says who will see the reply before it is sent.
 */
class ReplyVisibilityTest {
    private static final FakeMastodon.Account FOLLOWER = new FakeMastodon.Account("880", "follower", "Fay Follower",
            12);

    @RegisterExtension
    final RunningSandbox running = RunningSandbox.polling();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void names() {
        sandbox = running.server();
        feeds = running.feeds();
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
        HttpResponse<String> response = running.api("alice", "GET", "history/" + key, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        return running.api("alice", "POST", "history/" + key + "/reply", body.toString());
    }
}
