package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.FakeX;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Is this ...?" over HTTP on the sandbox: true evidence suggests with its reasons, false evidence suggests nothing,
 * yes links or merges (audited), no is never asked again.
 */
class IdentitySuggestionsApiTest {
    private static final FakeMastodon.Account PAT = new FakeMastodon.Account("301", "pat", "Pat", 5);
    private static final String YUSUF = "yusuf@example.org";

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
    void givenAnUnknownAuthorWritingACustomersEmail_whenTheAgentSaysYes_thenTheContactJoinsThatCustomerAndIsAudited()
            throws Exception {
        // given: Pat, unknown, names Yusuf's address in a public post
        String key = requestFrom(() -> feeds.mastodon().post(PAT, "Yusuf here, my mail is Yusuf@Example.org", null,
                false), "Yusuf here");

        // when
        JsonArray offered = suggestions(key);
        HttpResponse<String> yes = send("POST", key + "/suggestions/accept",
                "{\"target\":\"customer:" + YUSUF + "\"}", "alice");

        // then
        assertThat(offered).hasSize(1);
        JsonObject suggestion = offered.get(0).getAsJsonObject();
        assertThat(suggestion.get("target").getAsString()).isEqualTo("customer:" + YUSUF);
        assertThat(suggestion.get("label").getAsString()).isEqualTo("Yusuf Kaya (" + YUSUF + ")");
        assertThat(suggestion.get("confidence").getAsDouble()).isEqualTo(0.7);
        assertThat(suggestion.getAsJsonArray("evidence").get(0).getAsJsonObject().get("detail").getAsString())
                .startsWith("yusuf@example.org in a public post on mastodon");
        assertThat(yes.statusCode()).isEqualTo(200);
        JsonObject history = json(send("GET", key, null, "alice"));
        assertThat(history.getAsJsonObject("contact").get("customerKey").getAsString()).isEqualTo(YUSUF);
        assertThat(history.getAsJsonArray("identities").toString()).contains("\"handle\":\"pat\"")
                .contains("\"handle\":\"yusuf_k\"");
        assertThat(sandbox.host().auditLog().get(sandbox.host().auditLog().size() - 1).getActionI18nKey())
                .isEqualTo("socialdesk.audit.contacts.merged");
        assertThat(suggestions(key)).isEmpty();
    }

    @Test
    void givenFalseEvidence_whenAsking_thenNothingIsSuggested() throws Exception {
        // given: an unknown address, a number nobody called from, and Jane's own address in her own post
        String pat = requestFrom(() -> feeds.mastodon().post(PAT, "reach me at pat@nowhere.example or 030 901820",
                null, true), "reach me");
        String jane = requestFrom(() -> feeds.mastodon().post(SandboxFeeds.JANE_MASTODON,
                "I am jane@customer.example", null, false), "I am jane");

        // when / then
        assertThat(suggestions(pat)).isEmpty();
        assertThat(suggestions(jane)).isEmpty();
    }

    @Test
    void givenARejectedSuggestion_whenTheSameEvidenceComesAgain_thenItIsNeverSuggestedAgain() throws Exception {
        // given
        String key = requestFrom(() -> feeds.mastodon().post(PAT, "write to yusuf@example.org", null, true),
                "write to");
        assertThat(suggestions(key)).hasSize(1);

        // when
        HttpResponse<String> no = send("POST", key + "/suggestions/reject", "{\"target\":\"customer:" + YUSUF + "\"}",
                "bob");
        feeds.mastodon().post(PAT, "again: yusuf@example.org", null, true);
        await(() -> sandbox.jsm().request(key).orElseThrow().comments().size() == 1);

        // then
        assertThat(no.statusCode()).isEqualTo(200);
        assertThat(suggestions(key)).isEmpty();
        assertThat(send("POST", key + "/suggestions/accept", "{\"target\":\"customer:" + YUSUF + "\"}", "alice")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> never = send("POST", key + "/suggestions/reject", "{\"target\":\"customer:"
                + "jane@customer.example\"}", "bob");
        assertThat(never.statusCode()).as("a target that was never suggested").isEqualTo(400);
        assertThat(never.body()).contains("\"field\":\"target\"");
    }

    @Test
    void givenAPhoneNumberOfAKnownCallerInADirectMessage_whenAsking_thenTheCallersContactIsSuggested()
            throws Exception {
        // given: a call from a Berlin number with no customer, then Pat writes that number (German format)
        assertThat(feeds.telephony().call("+49 30 901820", "answered", Duration.ofMinutes(3), "")).isEqualTo(200);
        sandbox.components().get(io.socialdesk.admin.SettingsStore.class).save(new io.socialdesk.admin.Settings(
                io.socialdesk.intake.RoutingSettings.defaults(), "DE", 0, "", io.socialdesk.intake.SurgeSettings.defaults(),
                io.socialdesk.intake.ViralSettings.defaults()));
        String key = requestFrom(() -> feeds.mastodon().post(PAT, "ruf mich an: 030 901820", null, true),
                "ruf mich");

        // when
        JsonArray offered = suggestions(key);

        // then
        assertThat(offered).hasSize(1);
        assertThat(offered.get(0).getAsJsonObject().get("target").getAsString()).startsWith("contact:");
        assertThat(offered.get(0).getAsJsonObject().get("confidence").getAsDouble()).isEqualTo(0.85);
        assertThat(offered.get(0).toString()).contains("+4930901820 (a caller known to SocialDesk) in a direct "
                + "message on mastodon");
    }

    @Test
    void givenTheSameNameAndANearlyIdenticalHandleOnTwoNetworks_whenAsking_thenTheOtherContactIsSuggested()
            throws Exception {
        // given
        requestFrom(() -> feeds.mastodon().post(new FakeMastodon.Account("302", "patsmith", "Pat Smith", 3),
                "hello from mastodon", null, false), "hello from mastodon");
        String key = requestFrom(() -> feeds.x().mention(new FakeX.User("77", "pat_smith2", "Pat Smith", 9),
                "hello from x", null), "hello from x");

        // when
        JsonArray offered = suggestions(key);

        // then: same full name (0.5) and a nearly identical handle (0.6) combine to 0.8
        assertThat(offered).hasSize(1);
        JsonObject suggestion = offered.get(0).getAsJsonObject();
        assertThat(suggestion.get("confidence").getAsDouble()).isEqualTo(0.8);
        assertThat(suggestion.getAsJsonArray("evidence").toString())
                .contains("the same display name \\\"Pat Smith\\\" on mastodon")
                .contains("handle @patsmith on mastodon is nearly @pat_smith2 on x");
        assertThat(send("GET", key + "/suggestions", null, "dave").statusCode()).isEqualTo(404);
    }

    @Test
    void givenACustomerNumberYusufWroteBefore_whenPatWritesIt_thenYusufIsSuggestedWithThatEvidence()
            throws Exception {
        // given: the company's customer numbers look like CUST-123456; Yusuf (a customer) gave his earlier
        sandbox.components().get(io.socialdesk.admin.SettingsStore.class).save(new io.socialdesk.admin.Settings(
                io.socialdesk.intake.RoutingSettings.defaults(), "US", 0, "CUST-[0-9]{6}",
                io.socialdesk.intake.SurgeSettings.defaults(),
                io.socialdesk.intake.ViralSettings.defaults()));
        requestFrom(() -> feeds.mastodon().post(SandboxFeeds.YUSUF_MASTODON, "my number is CUST-482913", null,
                true), "my number is");
        String key = requestFrom(() -> feeds.mastodon().post(PAT, "order under CUST-482913 is late", null, false),
                "order under");

        // when
        JsonArray offered = suggestions(key);

        // then
        assertThat(offered).hasSize(1);
        JsonObject suggestion = offered.get(0).getAsJsonObject();
        assertThat(suggestion.get("target").getAsString()).isEqualTo("customer:" + YUSUF);
        assertThat(suggestion.get("confidence").getAsDouble()).isEqualTo(0.6);
        assertThat(suggestion.getAsJsonArray("evidence").get(0).getAsJsonObject().get("kind").getAsString())
                .isEqualTo("CUSTOMER_NUMBER");
        assertThat(suggestion.toString()).contains("customer number CUST-482913 in a public post on mastodon");
    }

    private String requestFrom(Runnable post, String text) throws InterruptedException {
        post.run();
        // published, not only created: the post joins its contact's history (what suggestions read) after the request
        // is made, and the request's socialdesk property is written after that
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.description().contains(text)
                && r.properties().containsKey("socialdesk")));
        return sandbox.jsm().requests().stream().filter(r -> r.description().contains(text))
                .map(SimulatedJsm.Request::key).findFirst().orElseThrow();
    }

    private JsonArray suggestions(String key) throws Exception {
        HttpResponse<String> response = send("GET", key + "/suggestions", null, "alice");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).getAsJsonArray("suggestions");
    }

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/history/" + path))
                .header("Cookie", "sandbox-user=" + user).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
