package io.socialdesk.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;

/**
 * A load test of the HTTP surface on PostgreSQL (the sandbox's real resources, intake and store; JSM simulated in
 * memory): 50 clients on loopback for a bounded time send signed calls (200 numbers, one delivery in ten a repeat of an
 * earlier call), calls with a wrong signature, and panel history reads. It reports requests served per kind, status
 * counts, p50/p99 latency, and checks that no answer was a 5xx other than a 503 with Retry-After and that every
 * accepted call is stored exactly once. Exits non-zero if a check fails.
 *
 * <p>{@code mvn -Pbench -Dbench.main=io.socialdesk.bench.WebhookLoad -Dbench.args=60 -Dbench.report=}
 */
public final class WebhookLoad {
    private static final int CLIENTS = 50;
    private static final int NUMBERS = 200;
    private static final String SECRET = "whsec-load";

    private final SandboxServer sandbox;
    private final long line;
    private final String issueKey;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Set<String> acceptedCalls = ConcurrentHashMap.newKeySet();
    private final List<String> sentCalls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger nextCall = new AtomicInteger();

    private WebhookLoad(SandboxServer sandbox) throws Exception {
        this.sandbox = sandbox;
        this.line = phoneLine();
        this.issueKey = sandbox.jsm().createRequest("A request to read the history of", "", "alice", 1).key();
    }

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        Path home = Files.createTempDirectory("sd-load");
        try (SandboxServer sandbox = SandboxServer.start(0, home, Clock.systemUTC(), TestDatabase.POSTGRESQL.connect())) {
            WebhookLoad load = new WebhookLoad(sandbox);
            load.run(length);
            boolean ok = load.report(length);
            if (!ok) {
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private void run(Duration length) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                    while (System.nanoTime() < end) {
                        once(http);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)) {
            clients.shutdownNow();
            throw new IllegalStateException("clients did not finish");
        }
    }

    private void once(HttpClient http) throws Exception {
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 25) {
            timed("history", http, HttpRequest.newBuilder(url("rest/socialdesk/1.0/history/" + issueKey))
                    .header("Cookie", "sandbox-user=alice").GET().build(), null);
            return;
        }
        boolean repeat = dice < 35 && !sentCalls.isEmpty();
        String callId = repeat ? sentCalls.get(ThreadLocalRandom.current().nextInt(sentCalls.size()))
                : "load-" + nextCall.incrementAndGet();
        String body = call(callId, "+1415555" + String.format("%04d", ThreadLocalRandom.current().nextInt(NUMBERS)));
        boolean forged = dice >= 35 && dice < 50;
        String now = Long.toString(Instant.now().getEpochSecond());
        String signature = SignedWebhook.header((forged ? "wrong" : SECRET).getBytes(StandardCharsets.UTF_8), now,
                body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = timed(forged ? "call (bad signature)" : repeat ? "call (repeat)" : "call", http,
                HttpRequest.newBuilder(url("rest/socialdesk/1.0/calls?line=" + line))
                        .header("Content-Type", "application/json").header("X-SocialDesk-Timestamp", now)
                        .header("X-SocialDesk-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), callId);
        if (!forged && answer.statusCode() == 200) {
            acceptedCalls.add(callId);
            if (!repeat) {
                sentCalls.add(callId);
            }
        }
    }

    private HttpResponse<String> timed(String kind, HttpClient http, HttpRequest request, String callId)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1_000;
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        statuses.computeIfAbsent(kind + " " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        boolean retryable = response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent();
        if (response.statusCode() >= 500 && !retryable) {
            serverErrors.incrementAndGet();
            System.err.println(kind + " " + callId + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private boolean report(Duration length) {
        System.out.printf("%n%d clients, %d s, PostgreSQL, loopback%n", CLIENTS, length.toSeconds());
        System.out.printf("%-22s %9s %10s %10s%n", "kind", "requests", "p50 ms", "p99 ms");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            System.out.printf("%-22s %9d %10.1f %10.1f%n", entry.getKey(), sorted.size(),
                    percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0);
        });
        System.out.println("answers: " + new java.util.TreeMap<>(statuses));
        ActiveObjects ao = sandbox.components().get(ActiveObjects.class);
        int duplicated = 0;
        int missing = 0;
        for (String callId : acceptedCalls) {
            int stored = ao.count(InteractionEntity.class, Query.select().where("ACCOUNT_ID = ? AND EXTERNAL_ID = ?",
                    (int) line, callId));
            duplicated += stored > 1 ? 1 : 0;
            missing += stored == 0 ? 1 : 0;
        }
        System.out.printf("accepted calls %d: stored once %d, missing %d, duplicated %d; 5xx (not 503 + Retry-After) %d%n",
                acceptedCalls.size(), acceptedCalls.size() - missing - duplicated, missing, duplicated,
                serverErrors.get());
        return missing == 0 && duplicated == 0 && serverErrors.get() == 0;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private URI url(String path) {
        return sandbox.baseUrl().resolve(path);
    }

    private static String call(String id, String from) {
        return "{\"callId\":\"" + id + "\",\"direction\":\"inbound\",\"from\":\"" + from + "\",\"to\":\"+14155550199\","
                + "\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"answered\",\"durationSeconds\":42}";
    }

    private long phoneLine() {
        JsonObject form = JsonParser.parseString("{\"kind\":\"phone\",\"name\":\"Load line\",\"serviceDeskId\":1,"
                + "\"requestTypeId\":1,\"credentials\":{\"webhookSecret\":\"" + SECRET + "\"}}").getAsJsonObject();
        return ((ChannelAccountAdmin.Saved) sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk")).account().id();
    }
}
