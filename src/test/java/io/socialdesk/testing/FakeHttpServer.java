package io.socialdesk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server speaking whatever a test scripts, for driver tests: queued responses are served in order
 * (the last one repeats), and every request is recorded with its method, URI, headers and body.
 */
public final class FakeHttpServer implements AutoCloseable {
    public record Recorded(String method, URI uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {
        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.LinkedHashMap<>(headers);
            all.put(name, value);
            return new Reply(status, all, body, delay);
        }

        public Reply delayedBy(Duration wait) {
            return new Reply(status, headers, body, wait);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Reply> replies = new ConcurrentLinkedDeque<>();
    /** Answers by path, given to every request for that path before the queue is asked. */
    private final Map<String, Reply> routes = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    /** Files by path: a media host's bytes, answered as they are. */
    private final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> fileTypes = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public FakeHttpServer reply(Reply reply) {
        replies.add(reply);
        return this;
    }

    /** Answers every request for {@code path} (without its query) with {@code reply}, however often it is asked. */
    public FakeHttpServer route(String path, Reply reply) {
        routes.put(path, reply);
        return this;
    }

    /** Answers {@code path} with these bytes, declared as {@code contentType} (which need not be the truth). */
    public FakeHttpServer file(String path, String contentType, byte[] bytes) {
        files.put(path, bytes.clone());
        fileTypes.put(path, contentType);
        return this;
    }

    /**
     * Holds every answer from now on until the returned action runs (at most a minute), as a network that hangs: the
     * request is recorded when it arrives, the answer waits.
     */
    public Runnable hold() {
        CountDownLatch held = new CountDownLatch(1);
        gate = held;
        return held::countDown;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests for {@code path} (without their query), oldest first. */
    public List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.uri().getPath().equals(path)).toList();
    }

    public static String fixture(String path) {
        try {
            return Files.readString(Path.of("src/test/resources/fixtures", path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        byte[] file = files.get(exchange.getRequestURI().getPath());
        if (file != null) {
            exchange.getResponseHeaders().add("Content-Type", fileTypes.get(exchange.getRequestURI().getPath()));
            try {
                exchange.sendResponseHeaders(200, file.length);
                exchange.getResponseBody().write(file);
            } catch (IOException clientGone) {
                // the client stopped reading (a size limit): what the test wanted to see
            } finally {
                exchange.close();
            }
            return;
        }
        Reply routed = routes.get(exchange.getRequestURI().getPath());
        Reply reply = routed != null ? routed : replies.size() > 1 ? replies.poll() : replies.peek();
        if (reply == null) {
            reply = Reply.json(404, "{\"error\":\"Record not found\"}");
        }
        try {
            gate.await(1, TimeUnit.MINUTES);
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out first; that is what the test wanted to see
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
