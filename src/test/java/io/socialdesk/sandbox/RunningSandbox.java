package io.socialdesk.sandbox;

import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox with its fake networks connected, started afresh for each test of the class that registers it
 * ({@code @RegisterExtension final RunningSandbox running = RunningSandbox.polling();}), for the end-to-end tests
 * that talk to it as a browser would: SocialDesk's REST API as a named user. After each test the networks stop, then
 * the sandbox, and its home is deleted.
 */
final class RunningSandbox implements BeforeEachCallback, AfterEachCallback {
    private final boolean polling;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path home;
    private SandboxServer server;
    private SandboxFeeds feeds;

    private RunningSandbox(boolean polling, Clock clock) {
        this.polling = polling;
        this.clock = clock;
    }

    /** Connected, not yet polling: a test sets the networks up first, then calls {@link #poll()}. */
    static RunningSandbox connected() {
        return new RunningSandbox(false, Clock.systemUTC());
    }

    /** Connected and polling every 150 ms, each network making its account due as soon as it gets a post. */
    static RunningSandbox polling() {
        return pollingOn(Clock.systemUTC());
    }

    /** The same on {@code clock}, which the test moves (a customer's window closing days later). */
    static RunningSandbox pollingOn(Clock clock) {
        return new RunningSandbox(true, clock);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        home = Files.createTempDirectory("socialdesk-sandbox");
        server = SandboxServer.start(0, home, clock);
        feeds = SandboxFeeds.connect(server, clock);
        if (polling) {
            poll();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (feeds != null) {
                feeds.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                delete(home);
            }
        }
    }

    void poll() {
        server.startPolling(Duration.ofMillis(150));
    }

    SandboxServer server() {
        return server;
    }

    SandboxFeeds feeds() {
        return feeds;
    }

    /** {@code method} on {@code /rest/socialdesk/1.0/<path>} as {@code user}; a null body sends a GET. */
    HttpResponse<String> api(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "rest/socialdesk/1.0/"
                        + path)).header("Cookie", "sandbox-user=" + user).header("Content-Type", "application/json");
        return http.send(body == null ? request.GET().build()
                : request.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void delete(Path home) {
        if (home == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
