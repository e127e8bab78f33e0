package io.socialdesk.channel.wire;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The one way SocialDesk's drivers talk HTTP. Every request gets the same timeout; the host is checked by the address
 * guard right before connecting; redirects are never followed (the request carries the account's token, which must
 * not travel to another host) but reported; answers are read up to {@value #MAX_BODY_BYTES} bytes; timeouts,
 * refused connections and interrupts become {@link Exchange.Failed} values instead of exceptions.
 */
public final class HttpEdge implements AutoCloseable {
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final AddressGuard guard;

    public HttpEdge(Duration connectTimeout, Duration timeout, AddressGuard guard) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.guard = guard;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * Closes the client: its connections and its selector thread go now (when the plugin is disabled), not when the
     * garbage collector finds it; a request under way is interrupted and answered as such.
     */
    @Override
    public void close() {
        client.shutdownNow();
    }

    public Exchange send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(timeout).build();
        Optional<String> refused = guard.refusal(built.uri().getHost());
        if (refused.isPresent()) {
            return new Exchange.Failed(Exchange.Problem.ADDRESS_REFUSED, "not connecting: " + refused.get());
        }
        try {
            HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() >= 300 && response.statusCode() < 400) {
                    return new Exchange.Failed(Exchange.Problem.REDIRECTED, "answered HTTP " + response.statusCode()
                            + " redirecting to " + response.headers().firstValue("Location").map(HttpEdge::hostOf)
                            .orElse("nowhere") + "; redirects are not followed: check the account's API address");
                }
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    return new Exchange.Failed(Exchange.Problem.TOO_LARGE,
                            "answered more than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
                }
                return new Exchange.Answer(response.statusCode(), response.headers(),
                        new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (HttpTimeoutException e) {
            return new Exchange.Failed(Exchange.Problem.TIMED_OUT, "timed out: no answer within "
                    + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms"));
        } catch (ConnectException e) {
            return new Exchange.Failed(Exchange.Problem.CONNECTION_FAILED, "connection refused or unreachable");
        } catch (IOException e) {
            return new Exchange.Failed(Exchange.Problem.CONNECTION_FAILED,
                    "connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange.Failed(Exchange.Problem.INTERRUPTED, "interrupted: Jira is stopping the job");
        }
    }

    private static String hostOf(String location) {
        try {
            return Optional.ofNullable(URI.create(location).getHost()).orElse("the same host");
        } catch (IllegalArgumentException e) {
            return "an unreadable address";
        }
    }
}
