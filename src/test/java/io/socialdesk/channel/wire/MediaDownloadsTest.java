package io.socialdesk.channel.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.Pictures;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Downloading customers' media: type from the bytes, size cut while streaming, every hop through the guard. */
class MediaDownloadsTest {
    private static final int LIMIT = 64 * 1024;
    private final FakeHttpServer host = new FakeHttpServer();
    /** The loopback test host passes; any other name resolves to a private address and is refused, as in Jira. */
    private final AddressGuard guard = name -> name.equals("127.0.0.1") ? java.util.Optional.empty()
            : new PublicAddresses(MediaDownloadsTest::privateNetwork).refusal(name);
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(3), guard);
    private final MediaDownloads downloads = new MediaDownloads(edge);

    @AfterEach
    void close() {
        edge.close();
        host.close();
    }

    @Test
    void givenAPngServedAsText_whenFetched_thenItIsAPngByItsBytes() {
        // given
        byte[] png = Pictures.of("png", 8, 8);
        host.file("/m/1", "text/plain", png);

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/1"), LIMIT);

        // then
        assertThat(got.file()).hasValueSatisfying(file -> {
            assertThat(file.bytes()).isEqualTo(png);
            assertThat(file.type().type()).isEqualTo("image/png");
            assertThat(file.type().extension()).isEqualTo(".png");
        });
    }

    @Test
    void givenAPageServedAsAJpeg_whenFetched_thenItIsRefusedAsNotMedia() {
        // given
        host.file("/m/2.jpg", "image/jpeg", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/2.jpg"), LIMIT);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> assertThat(m.reason())
                .isEqualTo(MediaDownloads.Reason.NOT_MEDIA));
    }

    @Test
    void givenAFileOverTheLimit_whenFetched_thenTheDownloadStopsAsTooLarge() {
        // given
        host.file("/m/big.gif", "image/gif", Pictures.noise(100, 100));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/big.gif"), 1000);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> {
            assertThat(m.reason()).isEqualTo(MediaDownloads.Reason.TOO_LARGE);
            assertThat(m.detail()).contains("larger than");
        });
    }

    @Test
    void givenAnExpiredMediaUrl_whenFetched_thenItIsUnavailableWithTheStatus() {
        // given
        host.route("/m/gone.png", new FakeHttpServer.Reply(404, java.util.Map.of(), "", Duration.ZERO));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/gone.png"), LIMIT);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> {
            assertThat(m.reason()).isEqualTo(MediaDownloads.Reason.UNAVAILABLE);
            assertThat(m.detail()).contains("HTTP 404");
        });
    }

    @Test
    void givenAMediaHostOnAPrivateAddress_whenFetched_thenNoConnectionIsMade() {
        // when
        MediaDownloads.Download got = downloads.fetch(java.net.URI.create("http://metadata.internal/latest"),
                LIMIT);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> assertThat(m.reason())
                .isEqualTo(MediaDownloads.Reason.ADDRESS_REFUSED));
    }

    @Test
    void givenARedirectToAPrivateAddress_whenFetched_thenItIsNotFollowed() {
        // given
        host.route("/m/3.png", new FakeHttpServer.Reply(302, java.util.Map.of("Location",
                "http://metadata.internal/secret.png"), "", Duration.ZERO));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/3.png"), LIMIT);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> assertThat(m.reason())
                .isEqualTo(MediaDownloads.Reason.ADDRESS_REFUSED));
    }

    @Test
    void givenARedirectOnThePublicHost_whenFetched_thenItIsFollowedWithoutCredentials() {
        // given
        host.route("/m/4.png", new FakeHttpServer.Reply(301, java.util.Map.of("Location", "/cdn/4.png"), "",
                Duration.ZERO));
        host.file("/cdn/4.png", "image/png", Pictures.of("jpg", 8, 8));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/m/4.png"), LIMIT);

        // then: a JPEG, whatever the name and the header say
        assertThat(got.file()).hasValueSatisfying(f -> assertThat(f.type().type()).isEqualTo("image/jpeg"));
        assertThat(host.requests()).allSatisfy(r -> {
            assertThat(r.headers().keySet()).noneMatch(h -> h.equalsIgnoreCase("Authorization")
                    || h.equalsIgnoreCase("Cookie"));
        });
    }

    @Test
    void givenEndlessRedirects_whenFetched_thenItStopsAfterThree() {
        // given
        host.route("/loop", new FakeHttpServer.Reply(302, java.util.Map.of("Location", "/loop"), "", Duration.ZERO));

        // when
        MediaDownloads.Download got = downloads.fetch(host.baseUrl().resolve("/loop"), LIMIT);

        // then
        assertThat(got.missed()).hasValueSatisfying(m -> assertThat(m.reason())
                .isEqualTo(MediaDownloads.Reason.UNAVAILABLE));
        assertThat(host.requests("/loop")).hasSize(MediaDownloads.MAX_REDIRECTS + 1);
    }

    private static InetAddress[] privateNetwork(String name) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByAddress(name, new byte[] {10, 1, 2, 3})};
    }
}
