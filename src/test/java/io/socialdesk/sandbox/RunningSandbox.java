package io.socialdesk.sandbox;

import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A sandbox with its fake networks connected, for the end-to-end tests that talk to it as a browser would: SocialDesk's
 * REST API as a named user. Closing it stops the networks, then the sandbox.
 */
final class RunningSandbox implements AutoCloseable {
    private final SandboxServer server;
    private final SandboxFeeds feeds;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningSandbox(SandboxServer server, SandboxFeeds feeds) {
        this.server = server;
        this.feeds = feeds;
    }

    /** Connected, not yet polling: a test sets the networks up first, then calls {@link #poll()}. */
    static RunningSandbox connected(Path home) throws Exception {
        SandboxServer server = SandboxServer.start(0, home, Clock.systemUTC());
        return new RunningSandbox(server, SandboxFeeds.connect(server, Clock.systemUTC()));
    }

    /** Connected and polling every 150 ms, each network making its account due as soon as it gets a post. */
    static RunningSandbox polling(Path home) throws Exception {
        return connected(home).poll();
    }

    RunningSandbox poll() {
        server.startPolling(Duration.ofMillis(150));
        return this;
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

    @Override
    public void close() throws Exception {
        try {
            feeds.close();
        } finally {
            server.close();
        }
    }
}
