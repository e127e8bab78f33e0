package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.sandbox.feeds.FakeMeta;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meta's webhook as a fast path on the sandbox, with the poll job run by hand so that only the webhook can make the
 * Page due: the handshake echoes the challenge for a configured verify token only; a notification signed with the
 * app secret makes the account due and the next run takes the new comment in; a forged one changes nothing.
 */
class MetaWebhookTest {
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
        feeds.meta().onPost(() -> { }); // no shortcut: only the webhook may make the Page due
        runPollJob(); // the first poll of every account: cursors taken, next polls a while ahead
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenMetasHandshake_whenTheVerifyTokenIsConfiguredOrNot_thenTheChallengeIsEchoedOrRefused() throws Exception {
        assertThat(handshake(SandboxFeeds.META_VERIFY_TOKEN, "1158201444").statusCode()).isEqualTo(200);
        assertThat(handshake(SandboxFeeds.META_VERIFY_TOKEN, "1158201444").body()).isEqualTo("1158201444");
        assertThat(handshake("guess", "1158201444").statusCode()).isEqualTo(403);
        assertThat(handshake(SandboxFeeds.META_VERIFY_TOKEN, "<script>alert(1)</script>").statusCode())
                .isEqualTo(403);
    }

    @Test
    void givenANewComment_whenAForgedThenASignedNotificationArrives_thenOnlyTheSignedOneMakesThePageDue()
            throws Exception {
        // given
        clock.advance(Duration.ofSeconds(2));
        String post = feeds.meta().pagePost("Opening hours");
        feeds.meta().comment(PAT, "open on Sunday?", post);
        String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + FakeMeta.PAGE_ID + "\",\"time\":1795000000,"
                + "\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\"}}]}]}";
        boolean dueBefore = facebook().health().isDue(clock.instant());

        // when: a forged notification, then Meta's
        HttpResponse<String> forged = notify(body, "sha256=" + "0".repeat(64));
        boolean dueAfterForged = facebook().health().isDue(clock.instant());
        HttpResponse<String> signed = notify(body, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, body));
        boolean dueAfterSigned = facebook().health().isDue(clock.instant());
        runPollJob();

        // then
        assertThat(dueBefore).isFalse();
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(dueAfterForged).isFalse();
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(dueAfterSigned).isTrue();
        assertThat(sandbox.jsm().requests()).singleElement().satisfies(r ->
                assertThat(r.summary()).contains("open on Sunday"));
    }

    @Test
    void givenACommentOnARequest_whenSignedNotificationsSayItWasEditedThenRemoved_thenTheRequestGetsBothOnce()
            throws Exception {
        // given: Pat's comment became a request
        clock.advance(Duration.ofSeconds(2));
        String post = feeds.meta().pagePost("Opening hours");
        String comment = feeds.meta().comment(PAT, "is the shop at 12 Elm St open on Sunday?", post);
        String added = feed(comment, "add", "");
        notify(added, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, added));
        runPollJob();
        String key = sandbox.jsm().requests().get(0).key();

        // when: Pat edits the comment, then removes it; an unsigned removal first changes nothing
        String edited = feed(comment, "edited", "is the shop open on Sunday afternoon?");
        notify(edited, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, edited));
        notify(edited, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, edited)); // Meta retries: noted once
        List<SimulatedJsm.Comment> afterEdit = sandbox.jsm().request(key).orElseThrow().comments();
        String removed = feed(comment, "remove", "");
        HttpResponse<String> forged = notify(removed, "sha256=" + "0".repeat(64));
        String afterForged = sandbox.jsm().request(key).orElseThrow().description();
        notify(removed, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, removed));

        // then
        assertThat(afterEdit).singleElement().satisfies(c -> assertThat(c.body()).contains("Sunday afternoon")
                .startsWith("_Edited by its author on Facebook"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(afterForged).contains("12 Elm St");
        SimulatedJsm.Request request = sandbox.jsm().request(key).orElseThrow();
        assertThat(request.summary()).isEqualTo("Social contact (deleted by its author)");
        assertThat(request.description()).doesNotContain("12 Elm St").startsWith("[Deleted by its author on Facebook");
        assertThat(request.comments()).singleElement().satisfies(c -> {
            assertThat(c.internal()).isTrue();
            assertThat(c.body()).doesNotContain("Sunday afternoon"); // the edit's note is withdrawn with the post
        });
    }

    /** A Page feed change about one comment, in the shape Meta's webhook delivers it. */
    private static String feed(String commentId, String verb, String message) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"" + FakeMeta.PAGE_ID + "\",\"time\":1795000000,"
                + "\"changes\":[{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"" + verb
                + "\",\"comment_id\":\"" + commentId + "\",\"created_time\":1795000100"
                + (message.isEmpty() ? "" : ",\"message\":\"" + message + "\"") + "}}]}]}";
    }

    @Test
    void givenNotificationsAboutAConnectedAndAnUnknownPage_whenUnsignedOrSigned_thenTheAnswersTellNeitherApart()
            throws Exception {
        // given
        String known = "{\"object\":\"page\",\"entry\":[{\"id\":\"" + FakeMeta.PAGE_ID + "\"}]}";
        String unknown = "{\"object\":\"page\",\"entry\":[{\"id\":\"999\"}]}";

        // when
        HttpResponse<String> unsignedKnown = notify(known, "sha256=00");
        HttpResponse<String> unsignedUnknown = notify(unknown, "sha256=00");
        HttpResponse<String> signedKnown = notify(known, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, known));
        HttpResponse<String> signedUnknown = notify(unknown, "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, unknown));
        HttpResponse<String> unsignedGarbage = notify("[1,2]", "sha256=00");
        HttpResponse<String> signedGarbage = notify("[1,2]", "sha256=" + hmac(SandboxFeeds.META_APP_SECRET, "[1,2]"));

        // then: the signature first, for every body; then the same answer whichever Page is named
        assertThat(unsignedKnown.statusCode()).isEqualTo(401);
        assertThat(unsignedUnknown.statusCode()).isEqualTo(401);
        assertThat(unsignedUnknown.body()).isEqualTo(unsignedKnown.body());
        assertThat(signedKnown.statusCode()).isEqualTo(200);
        assertThat(signedUnknown.statusCode()).isEqualTo(200);
        assertThat(signedUnknown.body()).isEqualTo(signedKnown.body());
        assertThat(unsignedGarbage.statusCode()).isEqualTo(401);
        assertThat(signedGarbage.statusCode()).isEqualTo(400);
        assertThat(signedGarbage.body()).contains("\"field\":\"body\"");
    }

    private ChannelAccount facebook() {
        return sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("facebook")).findFirst().orElseThrow();
    }

    private void runPollJob() throws InterruptedException {
        PollCycle cycle = sandbox.components().get(PollCycle.class);
        cycle.run();
        assertThat(cycle.awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    private HttpResponse<String> handshake(String token, String challenge) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/meta/webhook"
                        + "?hub.mode=subscribe&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&hub.challenge=" + URLEncoder.encode(challenge, StandardCharsets.UTF_8)))
                .header("Cookie", "sandbox-user=anonymous").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> notify(String body, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/meta/webhook"))
                .header("Cookie", "sandbox-user=anonymous").header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
