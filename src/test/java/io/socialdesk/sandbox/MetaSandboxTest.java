package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeMeta;
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
 * Facebook and Instagram end to end on the sandbox (fake Graph API): a customer's thread becomes one request and a
 * later separate message merges; the Page's own reply, read back from the feed, is never a request; a reply typed in
 * the panel reaches Meta in kind (a comment answer, a Messenger message), and Messenger's window is explained.
 */
class MetaSandboxTest {
    private static final FakeMeta.Person PAT = new FakeMeta.Person("6100000000077", "Pat Example", "pat.example");

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
        await(() -> sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .allMatch(a -> !a.kind().key().equals("facebook") || a.cursor().isPresent()));
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenPatsCommentsAndAMessengerMessage_whenTheAgentAnswersInThePanel_thenOneRequestAndAMessengerAnswer()
            throws Exception {
        // given: two comments on one Page post (one thread), then a Messenger message (same customer, merges)
        FakeMeta meta = feeds.meta();
        clock.advance(Duration.ofSeconds(2));
        String post = meta.pagePost("Winter opening hours");
        String first = meta.comment(PAT, "are you open on Sunday", post);
        await(() -> sandbox.jsm().requests().size() == 1);
        clock.advance(Duration.ofSeconds(2));
        meta.comment(PAT, "and on holidays", post);
        clock.advance(Duration.ofSeconds(2));
        meta.message(PAT, "sent you a comment too", "messenger");
        await(() -> sandbox.jsm().requests().get(0).comments().size() == 2);
        String key = sandbox.jsm().requests().get(0).key();

        // when: the agent answers; the Page's answer is in the conversation on the next poll
        HttpResponse<String> reply = send(key + "/reply", "{\"text\":\"Yes, 10 to 16\"}");
        clock.advance(Duration.ofSeconds(2));
        meta.comment(PAT, "thanks a lot", post);
        await(() -> sandbox.jsm().requests().get(0).comments().stream().anyMatch(c -> c.body().contains("thanks a lot")));

        // then
        assertThat(sandbox.jsm().requests()).singleElement().satisfies(r -> {
            assertThat(r.summary()).startsWith("Facebook @Pat Example: are you open on Sunday");
            assertThat(r.comments()).extracting(SimulatedJsm.Comment::body)
                    .anySatisfy(b -> assertThat(b).contains("and on holidays"))
                    .anySatisfy(b -> assertThat(b).contains("sent you a comment too"));
        });
        assertThat(reply.statusCode()).isEqualTo(200);
        // the newest thing Pat wrote was a Messenger message: the answer goes there (a message answers a message)
        JsonObject answer = meta.sent().get(0);
        assertThat(answer.getAsJsonObject("message").get("text").getAsString()).isEqualTo("Yes, 10 to 16");
        assertThat(answer.getAsJsonObject("recipient").get("id").getAsString()).isEqualTo(PAT.id());
        assertThat(answer.get("messaging_type").getAsString()).isEqualTo("RESPONSE");
        assertThat(sandbox.jsm().requests().get(0).comments()).noneMatch(c -> c.body().contains("Yes, 10 to 16")
                && !c.body().startsWith("Replied on"));
        assertThat(first).isNotBlank();
    }

    @Test
    void givenJaneOnMessengerAndInstagram_whenTheAgentRepliesAfterTheWindow_thenTheRuleIsExplainedAndNothingIsSent()
            throws Exception {
        // given: Jane (linked) writes on Messenger; an Instagram comment from her other account merges by customer
        FakeMeta meta = feeds.meta();
        clock.advance(Duration.ofSeconds(2));
        meta.message(SandboxFeeds.JANE_META, "my parcel is late", "messenger");
        // stored and published, not only created: what follows reads what routing stored
        await(() -> sandbox.jsm().requests().size() == 1 && sandbox.jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));
        String key = sandbox.jsm().requests().get(0).key();

        // when: eight days later
        clock.advance(Duration.ofDays(8));
        HttpResponse<String> late = send(key + "/reply", "{\"text\":\"Sorry for the wait\"}");

        // then
        assertThat(sandbox.jsm().requests().get(0).reporterKey()).isEqualTo("jane@customer.example");
        assertThat(late.statusCode()).isEqualTo(502);
        assertThat(JsonParser.parseString(late.body()).getAsJsonObject().get("message").getAsString())
                .contains("within 24 hours").contains("7 days");
        assertThat(meta.sent()).isEmpty();
    }

    @Test
    void givenAnInstagramComment_whenTheAgentRepliesInThePanel_thenTheAnswerIsUnderTheComment() throws Exception {
        // given
        FakeMeta meta = feeds.meta();
        clock.advance(Duration.ofSeconds(2));
        String media = meta.igMedia("new collection");
        String comment = meta.igComment(PAT, "do you ship to Norway? 🇳🇴", media, null);
        // stored and published, not only created: what follows reads what routing stored
        await(() -> sandbox.jsm().requests().size() == 1 && sandbox.jsm().requests().stream()
                .allMatch(r -> r.properties().containsKey("socialdesk")));

        // when
        HttpResponse<String> reply = send(sandbox.jsm().requests().get(0).key() + "/reply",
                "{\"text\":\"We do, in 3 days\"}");

        // and when: the account's own answer is read back under the comment, and Pat writes again
        clock.advance(Duration.ofSeconds(2));
        meta.igComment(PAT, "great thanks", media, null);
        await(() -> sandbox.jsm().requests().get(0).comments().stream().anyMatch(c -> c.body().contains("great thanks")));

        // then
        assertThat(sandbox.jsm().requests()).hasSize(1);
        assertThat(sandbox.jsm().requests().get(0).comments()).noneMatch(c -> c.body().contains("We do, in 3 days")
                && !c.body().startsWith("Replied on"));
        assertThat(sandbox.jsm().requests().get(0).summary()).startsWith("Instagram @pat.example:");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(meta.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.get("replyTo").getAsString()).isEqualTo(comment);
            assertThat(sent.get("message").getAsString()).isEqualTo("We do, in 3 days");
        });
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/history/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
