package io.socialdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.mastodon.MastodonMedia;
import io.socialdesk.channel.x.XMedia;
import io.socialdesk.intake.InboundText;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What customers attach, read from each network's published shapes (Mastodon's {@code media_attachments}, X's
 * {@code includes.media}), and written under their words in the request.
 */
class MediaReadingTest {
    @Test
    void givenAMastodonStatusWithFourAttachments_whenReading_thenImagesGifsAndVideoKeepTheirOrderAndDescriptions() {
        // given: an image with its description, a GIF, one the server could not process, one with a script address
        var status = JsonParser.parseString("""
                {"id":"1","media_attachments":[
                 {"id":"a","type":"image","url":"https://files.example/a.jpg","preview_url":"https://files.example/a_s.jpg",
                  "description":"The parcel, crushed on one side"},
                 {"id":"b","type":"gifv","url":"https://files.example/b.mp4","preview_url":"https://files.example/b.png"},
                 {"id":"c","type":"unknown","url":null,"remote_url":"https://elsewhere.example/c.heic"},
                 {"id":"d","type":"image","url":"javascript:alert(1)"},
                 {"id":"e","type":"video","url":null,"remote_url":"https://remote.example/e.mp4","preview_url":null}]}
                """).getAsJsonObject();

        // when
        List<Media> media = MastodonMedia.read(status);

        // then
        assertThat(media).containsExactly(
                new Media(Media.Kind.IMAGE, URI.create("https://files.example/a.jpg"),
                        Optional.of(URI.create("https://files.example/a_s.jpg")), "The parcel, crushed on one side"),
                new Media(Media.Kind.GIF, URI.create("https://files.example/b.mp4"),
                        Optional.of(URI.create("https://files.example/b.png")), ""),
                new Media(Media.Kind.VIDEO, URI.create("https://remote.example/e.mp4"), Optional.empty(), ""));
    }

    @Test
    void givenXMediaObjects_whenReading_thenAPhotoIsItsUrlAndAVideoItsBestMp4WithThePreview() {
        // given
        var photo = JsonParser.parseString("{\"media_key\":\"3_1\",\"type\":\"photo\","
                + "\"url\":\"https://pbs.twimg.com/media/a.jpg\",\"alt_text\":\"Error 503 on checkout\"}")
                .getAsJsonObject();
        var video = JsonParser.parseString("{\"media_key\":\"7_2\",\"type\":\"video\","
                + "\"preview_image_url\":\"https://pbs.twimg.com/v/p.jpg\",\"variants\":["
                + "{\"content_type\":\"application/x-mpegURL\",\"url\":\"https://video.twimg.com/v/pl.m3u8\"},"
                + "{\"bit_rate\":632000,\"content_type\":\"video/mp4\",\"url\":\"https://video.twimg.com/v/320.mp4\"},"
                + "{\"bit_rate\":2176000,\"content_type\":\"video/mp4\",\"url\":\"https://video.twimg.com/v/720.mp4\"}]}")
                .getAsJsonObject();
        var poll = JsonParser.parseString("{\"media_key\":\"9_3\",\"type\":\"poll\"}").getAsJsonObject();

        // when / then
        assertThat(XMedia.read(photo)).contains(new Media(Media.Kind.IMAGE,
                URI.create("https://pbs.twimg.com/media/a.jpg"), Optional.empty(), "Error 503 on checkout"));
        assertThat(XMedia.read(video)).contains(new Media(Media.Kind.VIDEO,
                URI.create("https://video.twimg.com/v/720.mp4"), Optional.of(URI.create("https://pbs.twimg.com/v/p.jpg")),
                ""));
        assertThat(XMedia.read(poll)).isEmpty();
    }

    @Test
    void givenABlueskyPostWithImages_whenReading_thenEachBlobIsAddressedThroughTheImageCdnWithItsAlt() {
        // given: two images (one a GIF), and a quote with media whose image has a malformed ref
        var record = JsonParser.parseString("""
                {"$type":"app.bsky.feed.post","text":"look","embed":{"$type":"app.bsky.embed.images","images":[
                 {"alt":"Crushed box","image":{"$type":"blob","ref":{"$link":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
                  "mimeType":"image/jpeg","size":354028}},
                 {"alt":"","image":{"$type":"blob","ref":{"$link":"bafkreiebtvblnu4jwu66y57kakido7uhiigenznxdlh6r6wiswblv5m4py"},
                  "mimeType":"image/gif","size":1000}},
                 {"alt":"bad","image":{"$type":"blob","ref":{"$link":"../../etc/passwd"},"mimeType":"image/png"}}]}}
                """).getAsJsonObject();
        var quoting = JsonParser.parseString("""
                {"embed":{"$type":"app.bsky.embed.recordWithMedia","record":{},"media":{"$type":"app.bsky.embed.images",
                 "images":[{"alt":"Screenshot","image":{"ref":{"$link":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"}}}]}}}
                """).getAsJsonObject();
        String did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

        // when
        List<Media> media = io.socialdesk.channel.bluesky.BlueskyMedia.read(record, did);

        // then
        assertThat(media).extracting(Media::kind).containsExactly(Media.Kind.IMAGE, Media.Kind.GIF);
        assertThat(media.get(0).url()).hasToString("https://cdn.bsky.app/img/feed_fullsize/plain/" + did
                + "/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku@jpeg");
        assertThat(media.get(0).preview()).hasValueSatisfying(p -> assertThat(p.toString()).contains("/feed_thumbnail/"));
        assertThat(media.get(0).altText()).isEqualTo("Crushed box");
        assertThat(io.socialdesk.channel.bluesky.BlueskyMedia.read(quoting, did)).singleElement()
                .extracting(Media::altText).isEqualTo("Screenshot");
        assertThat(io.socialdesk.channel.bluesky.BlueskyMedia.read(record, "not-a-did")).isEmpty();
    }

    @Test
    void givenABlueskyPostWithAVideo_whenReading_thenItIsItsHlsPlaylistWithTheThumbnailAsPreview() {
        // given
        var record = JsonParser.parseString("""
                {"$type":"app.bsky.feed.post","text":"it crashes like this","embed":{"$type":"app.bsky.embed.video",
                 "alt":"The app closing on start","video":{"$type":"blob","ref":{"$link":"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},
                 "mimeType":"video/mp4","size":2000000}}}
                """).getAsJsonObject();
        String did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

        // when
        List<Media> media = io.socialdesk.channel.bluesky.BlueskyMedia.read(record, did);

        // then
        assertThat(media).singleElement().satisfies(video -> {
            assertThat(video.kind()).isEqualTo(Media.Kind.VIDEO);
            assertThat(video.url()).hasToString("https://video.bsky.app/watch/" + did
                    + "/bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4/playlist.m3u8");
            assertThat(video.preview()).hasValueSatisfying(p -> assertThat(p.toString()).endsWith("/thumbnail.jpg"));
            assertThat(video.altText()).isEqualTo("The app closing on start");
        });
    }

    @Test
    void givenAMessengerMessageAndPageComments_whenReading_thenTheirAttachmentsAreKeptAndStickersAreNot() {
        // given
        var message = JsonParser.parseString("""
                {"id":"m_1","message":"see","attachments":{"data":[
                 {"id":"1","mime_type":"image/jpeg","image_data":{"url":"https://scontent.example/p.jpg","preview_url":"https://scontent.example/p_s.jpg"}},
                 {"id":"2","mime_type":"video/mp4","video_data":{"url":"https://video.example/v.mp4","preview_url":"https://video.example/v.jpg"}},
                 {"id":"3","mime_type":"audio/mpeg","file_url":"https://cdn.example/voice.mp3"},
                 {"id":"4","mime_type":"application/pdf","file_url":"https://cdn.example/invoice.pdf"}]}}
                """).getAsJsonObject();
        var photo = JsonParser.parseString("{\"id\":\"c1\",\"attachment\":{\"type\":\"photo\",\"media\":{\"image\":"
                + "{\"src\":\"https://scontent.example/c.jpg\"}}}}").getAsJsonObject();
        var sticker = JsonParser.parseString("{\"id\":\"c2\",\"attachment\":{\"type\":\"sticker\",\"media\":"
                + "{\"image\":{\"src\":\"https://scontent.example/s.png\"}}}}").getAsJsonObject();

        // when / then
        assertThat(io.socialdesk.channel.meta.MetaMedia.message(message)).extracting(Media::kind)
                .containsExactly(Media.Kind.IMAGE, Media.Kind.VIDEO, Media.Kind.AUDIO);
        assertThat(io.socialdesk.channel.meta.MetaMedia.comment(photo)).singleElement()
                .extracting(Media::url).hasToString("https://scontent.example/c.jpg");
        assertThat(io.socialdesk.channel.meta.MetaMedia.comment(sticker)).isEmpty();
    }

    @Test
    void givenAPostWithMedia_whenWrittenIntoTheRequest_thenEachIsALinkByKindAndNumberWithItsDescriptionEscaped() {
        // given
        InboundPost post = new InboundPost("1", PostKind.MENTION, "look at this", Optional.empty(),
                new Author("5", "jane", "Jane", java.util.OptionalLong.empty(), Optional.empty()),
                Instant.parse("2026-12-06T09:00:00Z"), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Media(Media.Kind.IMAGE, URI.create("https://files.example/a.jpg"), Optional.empty(),
                                "[click|javascript:x] *bold*"),
                        new Media(Media.Kind.VIDEO, URI.create("https://files.example/v.mp4"), Optional.empty(), "")));

        // when
        String body = InboundText.body("Mastodon", new io.socialdesk.intake.Interaction(1, 1,
                new ChannelKind("mastodon"), post, io.socialdesk.intake.RoutingStatus.RECEIVED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), true, Optional.empty(),
                io.socialdesk.intake.Placement.NONE));

        // then
        assertThat(body).contains("\n\nAttached:\n[Image 1|https://files.example/a.jpg] — "
                + "\\[click\\|javascript:x\\] \\*bold\\*\n[Video 2|https://files.example/v.mp4]");
    }
}
