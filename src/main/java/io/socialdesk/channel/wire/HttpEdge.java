package io.socialdesk.channel.wire;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one way SocialDesk's drivers talk HTTP. Every exchange, connecting and reading the whole answer included, ends
 * within the timeout (a server that sends its headers and then trickles its body cannot hold a thread); inside
 * {@link #within} the exchanges of one piece of work share a shorter budget, for the calls a person waits for. The
 * host is checked by the address guard right before connecting; redirects are never followed (the request carries
 * the account's token, which must not travel to another host) but reported; answers are read up to
 * {@value #MAX_BODY_BYTES} bytes; timeouts, refused connections and interrupts become {@link Exchange.Failed} values
 * instead of exceptions.
 */
public final class HttpEdge implements AutoCloseable {
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final AddressGuard guard;
    /** The budget of the work this thread is doing inside {@link #within}; unset outside. */
    private final ThreadLocal<Budget> budgets = new ThreadLocal<>();

    private record Budget(Duration total, long endsNanos) {
    }

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
     * Runs {@code work} with every exchange it makes on this thread ending by {@code budget} from now, all of them
     * together: a reply that takes three calls still answers the agent within the budget. Nested calls keep the
     * outer budget.
     */
    public <T> T within(Duration budget, Supplier<T> work) {
        if (budgets.get() != null) {
            return work.get();
        }
        budgets.set(new Budget(budget, System.nanoTime() + budget.toNanos()));
        try {
            return work.get();
        } finally {
            budgets.remove();
        }
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
        return exchange(request, MAX_BODY_BYTES, HttpEdge::answer, failed -> failed);
    }

    /**
     * A file (a customer's photo): like {@link #send}, but the body is kept as bytes, up to {@code limit} bytes; past
     * it the download stops and the answer is {@link Exchange.Problem#TOO_LARGE}. Redirects come back as answers
     * with their {@code Location}, for the caller to check before following.
     */
    public Fetched fetch(HttpRequest.Builder request, int limit) {
        return exchange(request, limit, response -> response.body()
                .<Fetched>map(bytes -> new Fetched.File(response.statusCode(), response.headers(), bytes))
                .orElseGet(() -> new Fetched.Failed(new Exchange.Failed(Exchange.Problem.TOO_LARGE,
                        "larger than " + limit + " bytes"))), Fetched.Failed::new);
    }

    private <T> T exchange(HttpRequest.Builder request, int limit,
                           java.util.function.Function<HttpResponse<Optional<byte[]>>, T> answered,
                           java.util.function.Function<Exchange.Failed, T> failedWith) {
        Budget budget = budgets.get();
        long left = budget == null ? timeout.toNanos()
                : Math.min(timeout.toNanos(), budget.endsNanos() - System.nanoTime());
        if (left <= 0) {
            return failedWith.apply(new Exchange.Failed(Exchange.Problem.TIMED_OUT, "not sent: the "
                    + seconds(budget.total()) + " a person waits for this were used up by the calls before it"));
        }
        String late = budget != null && left < timeout.toNanos()
                ? "timed out: no answer within the " + seconds(budget.total()) + " a person waits for this"
                : "timed out: no answer within " + seconds(timeout);
        HttpRequest built = request.timeout(Duration.ofNanos(left)).build();
        Optional<String> refused = guard.refusal(built.uri().getHost());
        if (refused.isPresent()) {
            return failedWith.apply(new Exchange.Failed(Exchange.Problem.ADDRESS_REFUSED,
                    "not connecting: " + refused.get()));
        }
        CompletableFuture<HttpResponse<Optional<byte[]>>> pending =
                client.sendAsync(built, info -> new CappedBody(limit));
        try {
            return answered.apply(pending.get(left, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failedWith.apply(new Exchange.Failed(Exchange.Problem.TIMED_OUT, late));
        } catch (ExecutionException e) {
            return failedWith.apply(failed(e.getCause(), late));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return failedWith.apply(new Exchange.Failed(Exchange.Problem.INTERRUPTED,
                    "interrupted: Jira is stopping the job"));
        }
    }

    private static Exchange answer(HttpResponse<Optional<byte[]>> response) {
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            return new Exchange.Failed(Exchange.Problem.REDIRECTED, "answered HTTP " + response.statusCode()
                    + " redirecting to " + response.headers().firstValue("Location").map(HttpEdge::hostOf)
                    .orElse("nowhere") + "; redirects are not followed: check the account's API address");
        }
        if (response.body().isEmpty()) {
            return new Exchange.Failed(Exchange.Problem.TOO_LARGE,
                    "answered more than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
        }
        return new Exchange.Answer(response.statusCode(), response.headers(),
                new String(response.body().get(), StandardCharsets.UTF_8));
    }

    private static Exchange.Failed failed(Throwable cause, String late) {
        return switch (cause) {
            case HttpTimeoutException timedOut -> new Exchange.Failed(Exchange.Problem.TIMED_OUT, late);
            case ConnectException refused -> new Exchange.Failed(Exchange.Problem.CONNECTION_FAILED,
                    "connection refused or unreachable");
            case IOException io -> new Exchange.Failed(Exchange.Problem.CONNECTION_FAILED,
                    "connection failed (" + io.getClass().getSimpleName() + ")");
            case null, default -> throw new IllegalStateException("HTTP exchange failed unexpectedly", cause);
        };
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String hostOf(String location) {
        try {
            return Optional.ofNullable(URI.create(location).getHost()).orElse("the same host");
        } catch (IllegalArgumentException e) {
            return "an unreadable address";
        }
    }
}
