package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.phone.TwilioSignature;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.TestDatabase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an attacker or a clumsy integrator sends, over HTTP on HSQLDB and on PostgreSQL: every answer is a 2xx or a
 * 4xx naming the field, never a 5xx, and a call whose names are too long or hold NUL characters is kept, shortened.
 */
class HostileInputTest {
    private static final String SECRET = "whsec-hostile";
    private static final String TWILIO_TOKEN = "twilio-hostile";
    private static final String LONG = "Ä".repeat(300);
    @TempDir
    Path home;
    private SandboxServer sandbox;
    private long line;

    @AfterEach
    void stop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenHostileAccountBodies_whenAnAdminSendsThem_thenEachIsA400NamingItsField(TestDatabase db)
            throws Exception {
        // given
        start(db);
        String valid = "{\"kind\":\"mastodon\",\"name\":\"@acme\",\"apiBaseUrl\":\"https://mastodon.example\","
                + "\"serviceDeskId\":1,\"requestTypeId\":1,\"credentials\":{\"accessToken\":\"t\"}}";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(valid.replace("\"serviceDeskId\":1", "\"serviceDeskId\":1e999999999"), "serviceDeskId");
        cases.put(valid.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"pollSeconds\":-1e999999999"),
                "pollSeconds");
        cases.put(valid.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"ownUserId\":\"" + LONG + "\""),
                "ownUserId");
        cases.put(valid.replace("https://mastodon.example", "https://mastodon.example/" + "a".repeat(500)),
                "apiBaseUrl");
        cases.put(valid.replace("\"@acme\"", "\"" + LONG + "\""), "name");
        cases.put(valid.replace("\"@acme\"", "\"@ac\\u0000me\""), "name");
        cases.put(valid.replace("\"accessToken\":\"t\"", "\"accessToken\":\"t\\u0000\""), "credentials.accessToken");
        cases.put(valid.replace("\"@acme\"", "\"@ac\\ud800me\""), "name");
        cases.put(valid.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"ownUserId\":42"), "ownUserId");
        cases.put(valid.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"ownUserId\":{\"id\":\"42\"}"),
                "ownUserId");
        cases.put(valid.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"ownUserId\":\"4\\u00002\""),
                "ownUserId");

        for (Map.Entry<String, String> c : cases.entrySet()) {
            // when
            HttpResponse<String> response = send("rest/socialdesk/1.0/admin/accounts", c.getKey(),
                    Map.of("Content-Type", "application/json", "Cookie", "sandbox-user=alice"));

            // then
            assertThat(response.statusCode()).as(c.getValue()).isEqualTo(400);
            assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("field").getAsString())
                    .isEqualTo(c.getValue());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void givenCallsWithOverlongNamesAndNulCharacters_whenDelivered_thenTwilioCallsAreKeptCleanAndSignedJsonIsRefused(
            TestDatabase db)
            throws Exception {
        // given
        start(db);
        Map<String, String> twilio = new LinkedHashMap<>(Map.of("CallSid", "CA-hostile-1", "CallStatus", "no-answer",
                "From", "+14155550111", "To", "+14155550199", "Direction", "inbound",
                "CallerName", LONG + "\u0000", "RecordingUrl", "https://rec.example/" + "r".repeat(1000)));
        String generic = "{\"callId\":\"hostile-2\",\"direction\":\"inbound\",\"from\":\"+14155550112\","
                + "\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"missed\","
                + "\"agent\":\"b\\u0000ob\",\"callerName\":\"" + LONG + "\"}";

        // when: Twilio retries a callback that failed; it must not fail twice
        List<HttpResponse<String>> twilioAnswers = List.of(postTwilio(twilio), postTwilio(twilio));
        HttpResponse<String> genericAnswer = postSigned(generic);

        // then
        assertThat(twilioAnswers).extracting(HttpResponse::statusCode).containsExactly(200, 200);
        assertThat(twilioAnswers.get(1).body()).contains("\"repeated\":true");
        // the integrator's own JSON is refused naming the field; Twilio's caller names come from carriers' lookups
        // and are cleaned and shortened rather than losing the call
        assertThat(genericAnswer.statusCode()).as(genericAnswer.body()).isEqualTo(400);
        assertThat(JsonParser.parseString(genericAnswer.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("agent");
        List<SimulatedJsm.Request> requests = sandbox.jsm().requests();
        assertThat(requests).extracting(SimulatedJsm.Request::summary).singleElement()
                .satisfies(summary -> assertThat(summary).startsWith("Missed call from ÄÄÄ")
                        .endsWith("… (+14155550111)"));
        assertThat(requests).allSatisfy(r -> assertThat(r.description()).doesNotContain("\u0000"));
    }

    private void start(TestDatabase db) throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC(), db.connect());
        JsonObject form = new JsonObject();
        form.addProperty("kind", "phone");
        form.addProperty("name", "Hotline");
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        JsonObject credentials = new JsonObject();
        credentials.addProperty("webhookSecret", SECRET);
        credentials.addProperty("twilioAuthToken", TWILIO_TOKEN);
        form.add("credentials", credentials);
        line = ((ChannelAccountAdmin.Saved) sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk")).account().id();
    }

    private HttpResponse<String> postTwilio(Map<String, String> params) throws Exception {
        URI url = sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls/twilio?line=" + line);
        String form = params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(url.toString().substring(sandbox.baseUrl().toString().length()), form, Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-Twilio-Signature", TwilioSignature.compute(TWILIO_TOKEN, url.toString(), params)));
    }

    private HttpResponse<String> postSigned(String body) throws Exception {
        String now = Long.toString(Instant.now().getEpochSecond());
        return send("rest/socialdesk/1.0/calls?line=" + line, body, Map.of("Content-Type", "application/json",
                "X-SocialDesk-Timestamp", now, "X-SocialDesk-Signature",
                SignedWebhook.header(SECRET.getBytes(StandardCharsets.UTF_8), now,
                        body.getBytes(StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> send(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
