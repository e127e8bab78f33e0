package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeBluesky;
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
 * Bluesky end to end on the sandbox (real plugin classes, simulated Jira, fake PDS): a thread becomes one request, a
 * later separate post merges, our own reply coming back is never a request, a repost is skipped, and a reply typed in
 * the panel reaches Bluesky in the thread with the customer mentioned. Jane is also on Mastodon: one history.
 */
class BlueskySandboxTest {
    private static final FakeBluesky.Account PAT = new FakeBluesky.Account("did:plc:pat0000000000000000000000",
            "pat.bsky.social", "Pat", 12);

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
    void givenJanesThreadOnBluesky_whenSheRepliesPostsAgainAndIsReposted_thenOneRequestWithHerWordsOnly()
            throws Exception {
        // given: her post, then her reply in the thread, then a separate post, and Pat's repost of the first
        FakeBluesky bluesky = feeds.bluesky();
        String first = bluesky.post(SandboxFeeds.JANE_BLUESKY, "my order #4711 is late", null, "mention");
        await(() -> sandbox.jsm().requests().size() == 1);
        clock.advance(Duration.ofSeconds(1));
        bluesky.post(SandboxFeeds.JANE_BLUESKY, "any news", first, "reply");
        clock.advance(Duration.ofSeconds(1));
        bluesky.post(SandboxFeeds.JANE_BLUESKY, "also: tracking for order 4711 shows nothing since Monday", null,
                "mention");
        clock.advance(Duration.ofSeconds(1));
        bluesky.repost(PAT, first);
        await(() -> sandbox.jsm().requests().get(0).comments().size() == 2);
        // and: Jane on Mastodon too
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "asking here as well", null, false);
        await(() -> sandbox.jsm().requests().get(0).comments().size() == 3);

        // then
        assertThat(sandbox.jsm().requests()).singleElement().satisfies(r -> {
            assertThat(r.reporterKey()).isEqualTo("jane@customer.example");
            assertThat(r.summary()).startsWith("Bluesky @jane.bsky.social: my order #4711 is late");
            assertThat(r.comments()).extracting(SimulatedJsm.Comment::body).anySatisfy(b -> assertThat(b)
                    .contains("any news")).anySatisfy(b -> assertThat(b).contains("tracking for order 4711"));
        });
        JsonObject history = json(send("GET", sandbox.jsm().requests().get(0).key(), null));
        assertThat(history.getAsJsonArray("identities").toString()).contains("\"channel\":\"bluesky\"")
                .contains("\"channel\":\"mastodon\"");
        assertThat(history.getAsJsonArray("entries")).hasSize(4);
    }

    @Test
    void givenAPatRequest_whenTheAgentRepliesInThePanelAndTheReplyComesBack_thenItIsThreadedMentionedAndNoRequest()
            throws Exception {
        // given
        FakeBluesky bluesky = feeds.bluesky();
        String root = bluesky.post(PAT, "the app crashes on login", null, "mention");
        clock.advance(Duration.ofSeconds(1));
        String parent = bluesky.post(PAT, "on Android 15", root, "reply");
        await(() -> sandbox.jsm().requests().size() == 1
                && sandbox.jsm().requests().get(0).comments().size() == 1);
        String key = sandbox.jsm().requests().get(0).key();

        // when
        HttpResponse<String> reply = send("POST", key + "/reply", "{\"text\":\"A fix ships today 🛠\"}");
        String ours = bluesky.posted().get(0).get("uri").getAsString();
        bluesky.echo(ours);
        clock.advance(Duration.ofSeconds(1));
        bluesky.post(PAT, "thanks a lot", null, "mention");
        await(() -> sandbox.jsm().requests().get(0).comments().stream().anyMatch(c -> c.body().contains("thanks a lot")));

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        JsonObject record = bluesky.posted().get(0).getAsJsonObject("record");
        assertThat(record.get("text").getAsString()).isEqualTo("@pat.bsky.social A fix ships today 🛠");
        assertThat(record.getAsJsonObject("reply").getAsJsonObject("root").get("uri").getAsString()).isEqualTo(root);
        assertThat(record.getAsJsonObject("reply").getAsJsonObject("parent").get("uri").getAsString())
                .isEqualTo(parent);
        assertThat(record.getAsJsonArray("facets").get(0).getAsJsonObject().getAsJsonArray("features").get(0)
                .getAsJsonObject().get("did").getAsString()).isEqualTo(PAT.did());
        assertThat(sandbox.jsm().requests()).hasSize(1);
        assertThat(sandbox.jsm().requests().get(0).comments()).noneMatch(c -> c.body().contains("A fix ships today")
                && !c.body().startsWith("Replied on"));
    }

    @Test
    void givenPatWritesPrivately_whenTheAgentRepliesInThePanel_thenTheAnswerGoesToTheConversation() throws Exception {
        // given: the account has read its chat cursor at connection; then Pat writes
        await(() -> sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("bluesky")).allMatch(a -> a.cursor().isPresent()));
        String convo = feeds.bluesky().directMessage(PAT, "please change my delivery address");
        // stored and published, not only created: what follows reads what routing stored
        await(() -> sandbox.jsm().requests().size() == 1 && sandbox.jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));

        // when
        HttpResponse<String> reply = send("POST", sandbox.jsm().requests().get(0).key() + "/reply",
                "{\"text\":\"Done, it is changed\"}");

        // then
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(feeds.bluesky().messagesSent()).singleElement().satisfies(body -> {
            assertThat(body.get("convoId").getAsString()).isEqualTo(convo);
            assertThat(body.getAsJsonObject("message").get("text").getAsString()).isEqualTo("Done, it is changed");
        });
        assertThat(sandbox.jsm().requests().get(0).summary()).startsWith("Bluesky @pat.bsky.social");
    }

    @Test
    void givenTheConsolesTestConnection_whenTheAppPasswordIsRightOrWrong_thenTheAccountsDidOrTheFieldToFix()
            throws Exception {
        // given
        String form = "{\"kind\":\"bluesky\",\"name\":\"@acme\",\"apiBaseUrl\":\"" + feeds.bluesky().baseUrl()
                + "\",\"pollSeconds\":60,\"serviceDeskId\":1,\"requestTypeId\":1,\"credentials\":"
                + "{\"identifier\":\"acme.bsky.social\",\"appPassword\":\"%s\"}}";

        // when
        HttpResponse<String> good = admin("admin/connection-test", form.formatted("sand-box0-app0-pass"));
        HttpResponse<String> wrong = admin("admin/connection-test", form.formatted("wrong"));

        // then
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(json(good).get("handle").getAsString()).isEqualTo("acme.bsky.social");
        assertThat(good.body()).contains(FakeBluesky.COMPANY.did());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("field").getAsString()).isEqualTo("credentials.appPassword");
    }

    private HttpResponse<String> admin(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/history/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
