package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeX;
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

/** The panel's REST API on the sandbox: history, reply in kind (to the fake networks) and its guards. */
class AgentPanelApiTest {
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
    void givenAMastodonRequest_whenTheAgentReplies_thenItIsPostedInTheThreadCommentedAndItsEchoIsNoRequest()
            throws Exception {
        // given
        String statusId = feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "where is my parcel?", null, false);
        SimulatedJsm.Request request = awaitRequest("jane@customer.example");

        // when
        HttpResponse<String> reply = post(request.key(), "/reply", "{\"text\":\"It left our warehouse today.\"}");

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        JsonObject posted = feeds.mastodon().posted().get(0);
        assertThat(posted.get("in_reply_to_id").getAsString()).isEqualTo(statusId);
        assertThat(posted.get("content").getAsString()).contains("@jane It left our warehouse today.");
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        assertThat(after.comments()).last().satisfies(c -> {
            // by default the reply reaches the customer once, on Mastodon: the request keeps it as an internal note
            assertThat(c.internal()).isTrue();
            assertThat(c.authorKey()).isEqualTo("alice");
            assertThat(c.body()).contains("Replied on Mastodon to @jane").contains("It left our warehouse today.")
                    .contains("[View on Mastodon|");
        });
        assertThat(after.socialDeskEvents()).endsWith("SocialDesk: reply sent");
        JsonArray entries = history(request.key()).getAsJsonArray("entries");
        assertThat(entries.get(0).getAsJsonObject().get("direction").getAsString()).isEqualTo("outbound");

        // and when: our own status comes back in the next polls
        int requests = sandbox.jsm().requests().size();
        int comments = after.comments().size();
        long polls = feeds.mastodon().requestCount();
        feeds.mastodon().echo(posted.get("id").getAsString());
        await(() -> feeds.mastodon().requestCount() >= polls + 2); // polled, routed, published at least once since
        Thread.sleep(300);

        // then: nothing new, anywhere
        assertThat(sandbox.jsm().requests()).hasSize(requests);
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().comments()).hasSize(comments);
    }

    @Test
    void givenAnXRequest_whenTheAgentReplies_thenAnXPostInReplyReachesX() throws Exception {
        // given
        String tweetId = feeds.x().mention(SandboxFeeds.YUSUF_X, "app crashes on login", null);
        SimulatedJsm.Request request = awaitRequest("yusuf@example.org");

        // when
        HttpResponse<String> reply = post(request.key(), "/reply", "{\"text\":\"Fixed in version 2.3 🎉\"}");

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(feeds.x().sent()).singleElement().satisfies(sent -> {
            assertThat(sent.inReplyTo()).isEqualTo(tweetId);
            assertThat(sent.text()).isEqualTo("Fixed in version 2.3 🎉");
        });
    }

    @Test
    void givenAReplyOverXsWeightedLimit_whenSent_thenItIsRefusedNamingTheTextAndNothingIsPosted() throws Exception {
        // given
        feeds.x().mention(SandboxFeeds.YUSUF_X, "hello?", null);
        SimulatedJsm.Request request = awaitRequest("yusuf@example.org");

        // when: 150 CJK characters weigh 300
        HttpResponse<String> reply = post(request.key(), "/reply", "{\"text\":\"" + "漢".repeat(150) + "\"}");

        // then
        assertThat(reply.statusCode()).isEqualTo(400);
        JsonObject error = JsonParser.parseString(reply.body()).getAsJsonObject();
        assertThat(error.get("field").getAsString()).isEqualTo("text");
        assertThat(error.get("message").getAsString()).contains("280").contains("300");
        assertThat(feeds.x().sent()).isEmpty();
    }

    @Test
    void givenTheNetworkIsDown_whenTheAgentReplies_thenTheAgentSeesWhyAndAnInternalCommentKeepsTheText()
            throws Exception {
        // given
        feeds.x().mention(SandboxFeeds.YUSUF_X, "anyone there?", null);
        SimulatedJsm.Request request = awaitRequest("yusuf@example.org");
        feeds.x().close();

        // when
        HttpResponse<String> reply = post(request.key(), "/reply", "{\"text\":\"Yes, we are here.\"}");

        // then
        assertThat(reply.statusCode()).isEqualTo(502);
        assertThat(JsonParser.parseString(reply.body()).getAsJsonObject().get("error").getAsString())
                .isEqualTo("not_sent");
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().comments()).last().satisfies(c -> {
            assertThat(c.internal()).isTrue();
            assertThat(c.body()).contains("NOT sent").contains("Yes, we are here.");
        });
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().socialDeskEvents()).endsWith("SocialDesk: reply failed");
        JsonObject newest = history(request.key()).getAsJsonArray("entries").get(0).getAsJsonObject();
        assertThat(newest.get("failure").getAsString()).isNotBlank();
    }

    @Test
    void givenUsersWithoutPermission_whenAskingForHistoryOrReplying_thenTheyAreRefusedOrTheRequestIsNotFound()
            throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "private matter", null, false);
        SimulatedJsm.Request request = awaitRequest("jane@customer.example");

        // when
        int customer = send(request.key(), "", "jane@customer.example", null).statusCode();
        int outsider = send(request.key(), "", "dave", null).statusCode();
        int outsiderReply = send(request.key(), "/reply", "dave", "{\"text\":\"hi\"}").statusCode();
        int anonymous = send(request.key(), "", "anonymous", null).statusCode();
        int unknownKey = send("CS-999", "", "alice", null).statusCode();

        // then
        assertThat(customer).as("unlicensed: refused by @LicensedOnly").isEqualTo(403);
        assertThat(outsider).as("licensed, no browse permission").isEqualTo(404);
        assertThat(outsiderReply).isEqualTo(404);
        assertThat(anonymous).isIn(401, 403);
        assertThat(unknownKey).isEqualTo(404);
        assertThat(feeds.mastodon().posted()).isEmpty();
    }

    @Test
    void givenAnUnlinkedAuthor_whenTheAgentLinksThemToACustomerAndConfirmsTheMerge_thenTheirHistoriesAreOne()
            throws Exception {
        // given: a stranger on X, and Jane's earlier call from her phone
        feeds.telephony().call("+1 415 555 0100", "answered", Duration.ofSeconds(60),
                ",\"customerEmail\":\"jane@customer.example\"");
        feeds.x().mention(new FakeX.User("77", "jane_alt", "J.", 3), "second account here", null);
        SimulatedJsm.Request request = awaitRequest("socialdesk");

        // when
        HttpResponse<String> asked = post(request.key(), "/customer", "{\"user\":\"jane@customer.example\"}");
        HttpResponse<String> link = post(request.key(), "/customer",
                "{\"user\":\"jane@customer.example\",\"merge\":true}");
        HttpResponse<String> unknown = post(request.key(), "/customer", "{\"user\":\"nobody\"}");

        // then
        assertThat(asked.statusCode()).as("Jane has a contact already: merging needs consent").isEqualTo(409);
        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonObject history = history(request.key());
        assertThat(history.getAsJsonArray("identities").toString()).contains("jane_alt").contains("+14155550100");
        assertThat(history.getAsJsonArray("entries").toString()).contains("second account here")
                .contains("Inbound call from");
    }

    @Test
    void givenACustomerWithARequestUnderASecurityLevel_whenAnAgentOutsideItOpensTheirOtherRequest_thenItsEntriesAreHidden()
            throws Exception {
        // given: Jane's first request (resolved, then restricted to alice) and a second one
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "my card number is 4111 1111 1111 1111", null, false);
        SimulatedJsm.Request sensitive = awaitRequest("jane@customer.example");
        sandbox.jsm().transition(sensitive.key(), SimulatedJsm.RESOLVED, true);
        sandbox.jsm().restrict(sensitive.key(), java.util.Set.of("alice", "socialdesk"));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "a new question about delivery", null, false);
        // stored and published, not only created: what follows reads what routing stored
        await(() -> sandbox.jsm().requests().size() == 2 && sandbox.jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));
        String second = sandbox.jsm().requests().stream().filter(r -> !r.key().equals(sensitive.key()))
                .findFirst().orElseThrow().key();

        // when
        JsonObject asBob = JsonParser.parseString(send(second, "", "bob", null).body()).getAsJsonObject();
        JsonObject asAlice = history(second);

        // then
        assertThat(asBob.getAsJsonArray("entries").toString()).contains("a new question")
                .doesNotContain("4111");
        assertThat(asBob.get("hidden").getAsInt()).isEqualTo(1);
        assertThat(asBob.getAsJsonArray("otherRequests")).isEmpty();
        assertThat(asAlice.getAsJsonArray("entries").toString()).contains("4111");
        assertThat(asAlice.get("hidden").getAsInt()).isZero();
        assertThat(asAlice.getAsJsonArray("otherRequests").toString()).contains(sensitive.key());
        assertThat(send(sensitive.key(), "", "bob", null).statusCode()).isEqualTo(404);
    }

    private SimulatedJsm.Request awaitRequest(String reporter) throws InterruptedException {
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.reporterKey().equals(reporter)));
        return sandbox.jsm().requests().stream().filter(r -> r.reporterKey().equals(reporter)).findFirst()
                .orElseThrow();
    }


    private JsonObject history(String key) throws Exception {
        HttpResponse<String> response = send(key, "", "alice", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> post(String key, String action, String body) throws Exception {
        return send(key, action, "alice", body);
    }

    private HttpResponse<String> send(String key, String action, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/history/" + key + action))
                .header("Cookie", "sandbox-user=" + java.net.URLEncoder.encode(user, "UTF-8"))
                .header("Content-Type", "application/json");
        return http.send(body == null ? request.GET().build()
                : request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
