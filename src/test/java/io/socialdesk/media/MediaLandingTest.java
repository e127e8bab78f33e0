package io.socialdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.Media;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.MediaDownloads;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.Pictures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which of a post's media become attachments, which stay links, and that each is attached once. */
class MediaLandingTest {
    private static final ChannelAccount X = new ChannelAccount(1, new ChannelKind("x"), "Support",
            Optional.of(URI.create("https://api.x.com")), new RequestTarget(1, 1), Optional.of(Duration.ofMinutes(1)),
            Optional.empty(), Optional.empty(), "intake", AccountHealth.fresh(Instant.EPOCH), Optional.empty());
    private static final long TEN_MB = 10L * 1024 * 1024;
    private final FakeHttpServer cdn = new FakeHttpServer();
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(3), AddressGuard.ANY_HOST);
    private final Requests jira = new Requests();
    private final MediaLanding landing;

    MediaLandingTest() {
        ChannelCatalog channels = mock(ChannelCatalog.class);
        when(channels.media()).thenReturn(new MediaDownloads(edge));
        landing = new MediaLanding(channels, jira, mock(CredentialStore.class));
    }

    @AfterEach
    void close() {
        edge.close();
        cdn.close();
    }

    @Test
    void givenAPhotoAndAGif_whenPlannedAndAttachedTwice_thenEachIsAttachedOnceUnderItsName() {
        // given
        cdn.file("/p.jpg", "image/jpeg", Pictures.of("jpg", 10, 10));
        cdn.file("/a.gif", "video/mp4", Pictures.of("gif", 10, 10));
        InboundPost post = post(media(Media.Kind.IMAGE, "/p.jpg", null), media(Media.Kind.GIF, "/a.gif", null));

        // when: a retry plans and attaches again
        try (MediaPlan first = landing.plan(X, post, TEN_MB)) {
            landing.attach(7, first, "intake");
        }
        List<String> again;
        try (MediaPlan second = landing.plan(X, post, TEN_MB)) {
            again = landing.attach(7, second, "intake");
        }

        // then
        assertThat(jira.names(7)).containsExactly("x-1790-1.jpg", "x-1790-2.gif");
        assertThat(jira.types(7)).containsExactly("image/jpeg", "image/gif");
        assertThat(again).isEmpty();
    }

    @Test
    void givenAVideoOverTheAdminsSize_whenPlanned_thenItIsALinkWithItsPreviewAttached() {
        // given
        cdn.file("/v.mp4", "video/mp4", Pictures.noise(100, 100));
        cdn.file("/v.jpg", "image/jpeg", Pictures.of("jpg", 10, 10));
        InboundPost post = post(media(Media.Kind.VIDEO, "/v.mp4", "/v.jpg"));

        // when
        try (MediaPlan plan = landing.plan(X, post, 4096)) {
            landing.attach(7, plan, "intake");

            // then
            MediaPlan.Item item = plan.items().get(0);
            assertThat(item.file()).isEmpty();
            assertThat(item.note()).startsWith("too large to attach");
            assertThat(jira.names(7)).containsExactly("x-1790-1-preview.jpg");
        }
    }

    @Test
    void givenJiraWithAttachmentsOff_whenPlanned_thenNothingIsDownloadedAndAllAreLinks() {
        // given
        jira.enabled = false;
        cdn.file("/p.png", "image/png", Pictures.of("png", 10, 10));

        // when
        try (MediaPlan plan = landing.plan(X, post(media(Media.Kind.IMAGE, "/p.png", null)), TEN_MB)) {
            // then
            assertThat(plan.files()).isEmpty();
            assertThat(plan.items()).hasSize(1);
            assertThat(cdn.requests()).isEmpty();
        }
    }

    @Test
    void givenJirasLimitBelowTheAdmins_whenAPhotoIsLargerThanJirasLimit_thenItIsALink() {
        // given
        jira.maxBytes = 4096;
        cdn.file("/p.png", "image/png", Pictures.noise(100, 100));

        // when
        try (MediaPlan plan = landing.plan(X, post(media(Media.Kind.IMAGE, "/p.png", null)), TEN_MB)) {
            // then
            assertThat(plan.files()).isEmpty();
            assertThat(plan.items().get(0).note()).contains("larger than");
        }
    }

    @Test
    void givenTheAdminsSizeZero_whenPlanned_thenAllAreLinks() {
        // given
        cdn.file("/p.png", "image/png", Pictures.of("png", 10, 10));

        // when
        try (MediaPlan plan = landing.plan(X, post(media(Media.Kind.IMAGE, "/p.png", null)), 0)) {
            // then
            assertThat(plan.files()).isEmpty();
            assertThat(cdn.requests()).isEmpty();
        }
    }

    @Test
    void givenAPlan_whenClosed_thenItsTemporaryFilesAreGone() {
        // given
        cdn.file("/p.png", "image/png", Pictures.of("png", 10, 10));
        MediaPlan plan = landing.plan(X, post(media(Media.Kind.IMAGE, "/p.png", null)), TEN_MB);
        Path file = plan.files().get(0).path();
        assertThat(file).exists();

        // when
        plan.close();

        // then
        assertThat(file).doesNotExist();
    }

    private Media media(Media.Kind kind, String path, String preview) {
        return new Media(kind, cdn.baseUrl().resolve(path), Optional.ofNullable(preview).map(cdn.baseUrl()::resolve),
                "");
    }

    private static InboundPost post(Media... media) {
        return new InboundPost("1790", PostKind.MENTION, "look", Optional.of(URI.create("https://x.com/a/status/1790")),
                new Author("1", "ann", "Ann", OptionalLong.of(5), Optional.empty()), Instant.EPOCH, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(media));
    }

    /** Jira's attachments of requests, kept in memory with its two settings. */
    private static final class Requests implements RequestAttachments {
        private final List<Object[]> stored = new ArrayList<>();
        private boolean enabled = true;
        private long maxBytes = TEN_MB;

        @Override
        public Limits limits() {
            return new Limits(enabled, maxBytes);
        }

        @Override
        public List<Stored> on(long issueId) {
            return stored.stream().filter(s -> (long) s[0] == issueId)
                    .map(s -> new Stored(stored.indexOf(s), (String) s[1], (String) s[2], 1)).toList();
        }

        @Override
        public Optional<String> attach(long issueId, String name, String type, Path file, String actorKey) {
            try {
                Files.delete(file); // Jira moves the file into its store
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stored.add(new Object[] {issueId, name, type});
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> read(long issueId, long attachmentId, long maxBytes) {
            return Optional.empty();
        }

        @Override
        public int remove(long issueId, String prefix) {
            return 0;
        }

        List<String> names(long issueId) {
            return on(issueId).stream().map(Stored::name).toList();
        }

        List<String> types(long issueId) {
            return on(issueId).stream().map(Stored::type).toList();
        }
    }
}
