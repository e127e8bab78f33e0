package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Thirty different missed calls from one number delivered at the same moment (what a telephony system replaying a
 * backlog does): every answer is 200 or a 503 with Retry-After, never a 5xx from a conflict, and after the 503s are
 * sent again every call is stored exactly once, all on one request.
 */
class ConcurrentCallsTest {
    private static final String SECRET = "whsec-concurrent";
    private static final int CALLS = 30;
    @TempDir
    Path home;
    private SandboxServer sandbox;

    @AfterEach
    void stop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenThirtyCallsOfOneCallerAtOnce_whenDelivered_thenNoServerErrorAndEachStoredOnceOnOneRequest(
            TestDatabase db) throws Exception {
        // given
        sandbox = SandboxServer.start(0, home, Clock.systemUTC(), db.connect());
        long line = line();
        ExecutorService clients = Executors.newFixedThreadPool(CALLS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();

        // when
        for (int i = 0; i < CALLS; i++) {
            String body = call("burst-" + i);
            answers.add(clients.submit(() -> {
                go.await();
                return post(line, body);
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> retry = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            HttpResponse<String> answer = answers.get(i).get(2, TimeUnit.MINUTES);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 503) {
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                retry.add(call("burst-" + i));
            }
        }
        clients.shutdown();
        for (String body : retry) {
            assertThat(post(line, body).statusCode()).isEqualTo(200);
        }
        // calls whose customer was being routed by another delivery were recorded and answered at once; the
        // intake job's next run (the line was woken) routes them
        io.socialdesk.intake.PollCycle job = sandbox.components().get(io.socialdesk.intake.PollCycle.class);
        job.run();
        assertThat(job.awaitIdle(java.time.Duration.ofMinutes(1))).isTrue();

        // then
        assertThat(statuses).as("only 200, or 503 with Retry-After").allMatch(s -> s == 200 || s == 503);
        assertThat(sandbox.components().get(com.atlassian.activeobjects.external.ActiveObjects.class)
                .count(InteractionEntity.class, Query.select().where("AUTHOR_ID = ?", "+14155550150")))
                .isEqualTo(CALLS);
        List<SimulatedJsm.Request> requests = sandbox.jsm().requests();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).comments()).hasSize(CALLS - 1).allMatch(SimulatedJsm.Comment::internal);
    }

    private long line() {
        JsonObject form = new JsonObject();
        form.addProperty("kind", "phone");
        form.addProperty("name", "Hotline");
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        JsonObject credentials = new JsonObject();
        credentials.addProperty("webhookSecret", SECRET);
        form.add("credentials", credentials);
        return ((ChannelAccountAdmin.Saved) sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk")).account().id();
    }

    private static String call(String id) {
        return "{\"callId\":\"" + id + "\",\"direction\":\"inbound\",\"from\":\"+14155550150\","
                + "\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\"}";
    }

    private HttpResponse<String> post(long line, String body) throws Exception {
        String now = Long.toString(Instant.now().getEpochSecond());
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls?line=" + line))
                    .header("Content-Type", "application/json").header("X-SocialDesk-Timestamp", now)
                    .header("X-SocialDesk-Signature", SignedWebhook.header(SECRET.getBytes(StandardCharsets.UTF_8),
                            now, body.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
