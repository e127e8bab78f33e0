package io.socialdesk.channel;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.bluesky.BlueskyDriver;
import io.socialdesk.channel.mastodon.MastodonDriver;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.x.XDriver;
import io.socialdesk.sandbox.feeds.FakeBluesky;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import io.socialdesk.testing.Pictures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Agents' replies carrying pictures from the request, in each network's published upload shape. */
class ReplyPicturesTest {
    private static final ReplyMedia LABEL = new ReplyMedia("x-1790-1.png", "image/png", Pictures.of("png", 8, 8),
            "The shipping label");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final FakeHttpServer server = new FakeHttpServer();
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(2), AddressGuard.ANY_HOST);

    @AfterEach
    void stop() {
        edge.close();
        server.close();
    }

    @Test
    void givenAPicture_whenReplyingOnMastodon_thenItIsUploadedFirstAndTheStatusNamesItsMediaId() {
        // given
        server.route("/api/v2/media", json(200, "{\"id\":\"m7\",\"type\":\"image\"}"));
        server.route("/api/v1/statuses", json(200, "{\"id\":\"9\",\"url\":\"https://mastodon.example/@acme/9\"}"));

        // when
        SendResult sent = new MastodonDriver(edge, clock).reply(server.baseUrl(),
                new Credentials(Map.of("accessToken", "t")), reply(PostKind.MENTION));

        // then
        assertThat(sent).isInstanceOf(SendResult.Sent.class);
        FakeHttpServer.Recorded upload = server.requests("/api/v2/media").get(0);
        assertThat(upload.header("Authorization")).isEqualTo("Bearer t");
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.body()).contains("name=\"file\"; filename=\"x-1790-1.png\"")
                .contains("Content-Type: image/png").contains("name=\"description\"").contains("The shipping label");
        JsonObject status = JsonParser.parseString(server.requests("/api/v1/statuses").get(0).body())
                .getAsJsonObject();
        assertThat(status.getAsJsonArray("media_ids").get(0).getAsString()).isEqualTo("m7");
    }

    @Test
    void givenMastodonRefusesThePicture_whenReplying_thenNothingIsPostedAndTheReasonIsGiven() {
        // given
        server.route("/api/v2/media", json(422, "{\"error\":\"Validation failed: File content type is invalid\"}"));

        // when
        SendResult sent = new MastodonDriver(edge, clock).reply(server.baseUrl(),
                new Credentials(Map.of("accessToken", "t")), reply(PostKind.MENTION));

        // then
        assertThat(sent).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(SendResult.SendFailure.REFUSED);
            assertThat(failed.reason()).contains("content type is invalid");
        });
        assertThat(server.requests("/api/v1/statuses")).isEmpty();
    }

    @Test
    void givenAPicture_whenReplyingOnXToAPostAndToADirectMessage_thenEachUploadsWithItsCategoryAndNamesTheMedia() {
        // given
        server.route("/2/media/upload", json(200, "{\"data\":{\"id\":\"1880\",\"media_key\":\"3_1880\"}}"));
        server.route("/2/tweets", json(201, "{\"data\":{\"id\":\"1900\",\"text\":\"ok\"}}"));
        server.route("/2/dm_conversations/with/42/messages",
                json(201, "{\"data\":{\"dm_conversation_id\":\"7-42\",\"dm_event_id\":\"1901\"}}"));
        XDriver x = new XDriver(edge, clock);
        Credentials tokens = new Credentials(Map.of("consumerKey", "ck", "consumerSecret", "cs",
                "accessToken", "7-token", "accessTokenSecret", "ts"));

        // when
        SendResult post = x.reply(server.baseUrl(), tokens, reply(PostKind.MENTION));
        SendResult dm = x.reply(server.baseUrl(), tokens, reply(PostKind.DIRECT_MESSAGE));

        // then
        assertThat(List.of(post, dm)).allMatch(SendResult.Sent.class::isInstance);
        List<FakeHttpServer.Recorded> uploads = server.requests("/2/media/upload");
        assertThat(uploads).allSatisfy(u -> assertThat(u.header("Authorization")).startsWith("OAuth "));
        assertThat(uploads.get(0).body()).contains("name=\"media\"; filename=\"x-1790-1.png\"")
                .contains("tweet_image");
        assertThat(uploads.get(1).body()).contains("dm_image");
        JsonObject tweet = JsonParser.parseString(server.requests("/2/tweets").get(0).body()).getAsJsonObject();
        assertThat(tweet.getAsJsonObject("media").getAsJsonArray("media_ids").get(0).getAsString()).isEqualTo("1880");
        JsonObject message = JsonParser.parseString(server.requests("/2/dm_conversations/with/42/messages").get(0)
                .body()).getAsJsonObject();
        assertThat(message.getAsJsonArray("attachments").get(0).getAsJsonObject().get("media_id").getAsString())
                .isEqualTo("1880");
    }

    @Test
    void givenAPicture_whenReplyingOnBluesky_thenItsBlobIsUploadedAndEmbeddedWithItsDescription() {
        // given
        FakeBluesky pds = new FakeBluesky("acme.bsky.social", "abcd-efgh-ijkl-mnop", clock);
        FakeBluesky.Account jane = new FakeBluesky.Account("did:plc:jane00000000000000000000", "jane.bsky.social",
                "Jane", 10);
        try (pds) {
            String post = pds.post(jane, "look at this label", null, "mention");
            OutboundReply reply = new OutboundReply(post, PostKind.MENTION, jane.did(), jane.handle(),
                    "Thanks, this is the right label", "r-1", List.of(LABEL));

            // when
            SendResult sent = new BlueskyDriver(edge, clock).reply(pds.baseUrl(), new Credentials(Map.of(
                    "identifier", "acme.bsky.social", "appPassword", "abcd-efgh-ijkl-mnop")), reply);

            // then
            assertThat(sent).isInstanceOf(SendResult.Sent.class);
            JsonObject embed = pds.posted().get(0).getAsJsonObject("record").getAsJsonObject("embed");
            assertThat(embed.get("$type").getAsString()).isEqualTo("app.bsky.embed.images");
            JsonObject image = embed.getAsJsonArray("images").get(0).getAsJsonObject();
            assertThat(image.get("alt").getAsString()).isEqualTo("The shipping label");
            assertThat(image.getAsJsonObject("image").get("mimeType").getAsString()).isEqualTo("image/png");
            assertThat(image.getAsJsonObject("image").getAsJsonObject("ref").get("$link").getAsString())
                    .startsWith("bafkrei");
        }
    }

    @Test
    void givenEachNetworksAllowance_whenTooManyTooLargeOrNotAPicture_thenTheRuleSaysWhy() {
        MediaAllowance x = new MediaAllowance(4, 1, 5_000_000);
        ReplyMedia big = new ReplyMedia("big.png", "image/png", new byte[5_000_001], "");
        ReplyMedia video = new ReplyMedia("clip.mp4", "video/mp4", new byte[10], "");

        assertThat(x.problem(with(PostKind.DIRECT_MESSAGE, LABEL, LABEL), "X")).contains(
                "X takes at most 1 picture in this reply");
        assertThat(x.problem(with(PostKind.MENTION, big), "X")).contains(
                "big.png is larger than 5 MB, the most X takes");
        assertThat(x.problem(with(PostKind.MENTION, video), "X")).contains(
                "clip.mp4 is not a picture (JPEG, PNG, GIF or WebP)");
        assertThat(new MediaAllowance(4, 0, 1_000_000).problem(with(PostKind.DIRECT_MESSAGE, LABEL), "Bluesky"))
                .contains("Bluesky direct messages cannot carry a picture from SocialDesk");
        assertThat(MediaAllowance.NONE.problem(with(PostKind.MENTION, LABEL), "Facebook")).isPresent();
        assertThat(x.problem(with(PostKind.MENTION, LABEL, LABEL, LABEL, LABEL), "X")).isEmpty();
    }

    private static OutboundReply reply(PostKind kind) {
        return new OutboundReply("1790", kind, "42", "jane", "Thanks, this is the right label", "r-1",
                List.of(LABEL));
    }

    private static OutboundReply with(PostKind kind, ReplyMedia... media) {
        return new OutboundReply("1790", kind, "42", "jane", "text", "r", List.of(media));
    }
}
