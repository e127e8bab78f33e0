package io.socialdesk.channel.wire;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.testing.FakeHttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpEdgeTest {
    private final FakeHttpServer server = new FakeHttpServer();
    private final HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(800), AddressGuard.ANY_HOST);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenAnAnswer_whenSent_thenStatusHeadersAndBodyComeBackWithTheTimeoutApplied() {
        // given
        server.reply(json(404, "{\"error\":\"Record not found\"}").withHeader("X-RateLimit-Remaining", "299"));

        // when
        Exchange exchange = edge.send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/v1/statuses/1")));

        // then
        assertThat(exchange).isInstanceOfSatisfying(Exchange.Answer.class, answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.ok()).isFalse();
            assertThat(answer.header("x-ratelimit-remaining")).contains("299");
            assertThat(answer.body()).isEqualTo("{\"error\":\"Record not found\"}");
        });
    }

    @Test
    void givenARedirectToAnotherHost_whenSent_thenItIsNotFollowedAndTheTokenStaysHome() {
        // given
        try (FakeHttpServer elsewhere = new FakeHttpServer()) {
            server.reply(json(302, "").withHeader("Location", "http://evil.example/steal"));

            // when
            Exchange exchange = edge.send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/v1/notifications"))
                    .header("Authorization", "Bearer secret"));

            // then
            assertThat(exchange).isEqualTo(new Exchange.Failed(Exchange.Problem.REDIRECTED,
                    "answered HTTP 302 redirecting to evil.example; redirects are not followed: check the account's "
                            + "API address"));
            assertThat(server.requests()).hasSize(1);
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void givenASlowServer_whenSent_thenItTimesOutAsAValueThatSaysTheOutcomeIsUnknown() {
        // given
        server.reply(json(200, "{}").delayedBy(Duration.ofSeconds(3)));

        // when
        Exchange exchange = edge.send(HttpRequest.newBuilder(server.baseUrl()));

        // then
        assertThat(exchange).isInstanceOfSatisfying(Exchange.Failed.class, failed -> {
            assertThat(failed.problem()).isEqualTo(Exchange.Problem.TIMED_OUT);
            assertThat(failed.ambiguous()).isTrue();
        });
    }

    @Test
    void givenAServerThatTricklesItsBody_whenSent_thenTheWholeExchangeEndsAtTheTimeout() throws Exception {
        // given: headers at once, then one byte of a long body every 100 ms (a read without a deadline would wait
        // for all of it)
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread trickler = Thread.ofVirtual().start(() -> {
                try (var connection = socket.accept(); var out = connection.getOutputStream()) {
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 600\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.flush();
                    for (int i = 0; i < 600; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException ended) {
                    // the client gave up: what this test expects
                }
            });

            // when
            Exchange exchange = edge.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + socket.getLocalPort() + "/")));

            // then
            assertThat(exchange).isInstanceOfSatisfying(Exchange.Failed.class, failed -> {
                assertThat(failed.problem()).isEqualTo(Exchange.Problem.TIMED_OUT);
                assertThat(failed.detail()).isEqualTo("timed out: no answer within 800 ms");
            });
            trickler.interrupt();
        }
    }

    @Test
    void givenWorkAPersonWaitsFor_whenItsCallsAreSlow_thenTheyShareOneBudgetAndTheLastIsNotSent() {
        // given: a patient edge (30 s per call), a server that takes 3 s, work with a budget of 500 ms
        server.reply(json(200, "{}").delayedBy(Duration.ofSeconds(3)));
        try (HttpEdge patient = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(30), AddressGuard.ANY_HOST)) {

            // when
            List<Exchange> exchanges = patient.within(Duration.ofMillis(500), () -> List.of(
                    patient.send(HttpRequest.newBuilder(server.baseUrl())),
                    patient.send(HttpRequest.newBuilder(server.baseUrl()))));

            // then: the first is cut at what is left of the budget, the second is not even sent
            assertThat(exchanges.get(0)).isInstanceOfSatisfying(Exchange.Failed.class, failed -> {
                assertThat(failed.problem()).isEqualTo(Exchange.Problem.TIMED_OUT);
                assertThat(failed.detail()).isEqualTo("timed out: no answer within the 500 ms a person waits for this");
            });
            assertThat(exchanges.get(1)).isInstanceOfSatisfying(Exchange.Failed.class, failed ->
                    assertThat(failed.detail()).startsWith("not sent"));
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void givenNothingListening_whenSent_thenConnectionFailed() throws IOException {
        // given: a port that was free a moment ago
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        // when
        Exchange exchange = edge.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")));

        // then
        assertThat(exchange).isInstanceOfSatisfying(Exchange.Failed.class,
                failed -> assertThat(failed.problem()).isEqualTo(Exchange.Problem.CONNECTION_FAILED));
    }

    @Test
    void givenAnEndlessAnswer_whenSent_thenItIsCutAtTheLimit() {
        // given
        server.reply(json(200, "x".repeat(HttpEdge.MAX_BODY_BYTES + 10)));

        // when
        Exchange exchange = edge.send(HttpRequest.newBuilder(server.baseUrl()));

        // then
        assertThat(exchange).isInstanceOfSatisfying(Exchange.Failed.class,
                failed -> assertThat(failed.problem()).isEqualTo(Exchange.Problem.TOO_LARGE));
    }

    @Test
    void givenAHostThatRebindsToAPrivateAddress_whenSentAgain_thenTheSecondConnectionIsRefused() throws Exception {
        // given: a name that resolved to a public address when checked first, then to the company network
        Queue<List<String>> answers = new ArrayDeque<>(List.of(List.of("8.8.8.8"), List.of("10.0.0.7")));
        PublicAddresses rebinding = new PublicAddresses(host -> {
            List<String> next = answers.remove();
            InetAddress[] resolved = new InetAddress[next.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(next.get(i));
            }
            return resolved;
        });
        HttpEdge guarded = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(2), rebinding);
        server.reply(json(200, "[]"));

        // when
        Exchange first = guarded.send(HttpRequest.newBuilder(server.baseUrl()));
        Exchange second = guarded.send(HttpRequest.newBuilder(server.baseUrl()));

        // then
        assertThat(first).isInstanceOf(Exchange.Answer.class);
        assertThat(second).isEqualTo(new Exchange.Failed(Exchange.Problem.ADDRESS_REFUSED,
                "not connecting: 127.0.0.1 points to a private or local address"));
        assertThat(server.requests()).hasSize(1);
    }
}
