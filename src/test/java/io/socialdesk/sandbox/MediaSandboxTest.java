package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a customer attached reaches the request and the panel, end to end from the fake Mastodon. */
class MediaSandboxTest {
    private static final FakeMastodon.Account KIM = new FakeMastodon.Account("4401", "kim", "Kim Photo", 80);

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
    void givenAPostWithTwoImages_whenItBecomesARequest_thenTheRequestAndThePanelListBothWithTheirDescriptions()
            throws Exception {
        // when
        String status = feeds.mastodon().postWithImages(KIM, "parcel 30917 arrived like this", "Box crushed",
                "Broken mug inside");
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.summary().contains("30917")));
        SimulatedJsm.Request request = sandbox.jsm().requests().stream().filter(r -> r.summary().contains("30917"))
                .findFirst().orElseThrow();

        // then
        String media = feeds.mastodon().baseUrl().resolve("/media/").toString();
        assertThat(request.description()).contains("Attached:\n[Image 1|" + media + status + "-0.png] — Box crushed\n"
                + "[Image 2|" + media + status + "-1.png] — Broken mug inside");
        JsonArray entries = history(request.key()).getAsJsonArray("entries");
        JsonArray shown = entries.get(0).getAsJsonObject().getAsJsonArray("media");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).getAsJsonObject().get("alt").getAsString()).isEqualTo("Broken mug inside");
        assertThat(shown.get(0).getAsJsonObject().get("kind").getAsString()).isEqualTo("image");
    }

    private JsonObject history(String key) throws Exception {
        HttpResponse<String> response = running.api("alice", "GET", "history/" + key, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
