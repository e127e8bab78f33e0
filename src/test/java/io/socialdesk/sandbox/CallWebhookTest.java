package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.Identity;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.phone.TwilioSignature;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import io.socialdesk.testing.FakeHttpServer;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call webhooks over HTTP on the sandbox: the real resource, intake, store and simulated JSM. */
class CallWebhookTest {
    private static final String SECRET = "whsec-sandbox-test";
    private static final String TWILIO_TOKEN = "twilio-auth-token";
    @TempDir
    static Path home;
    private static SandboxServer sandbox;
    private static long lineId;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        lineId = phoneLine("Support hotline", Map.of("webhookSecret", SECRET, "twilioAuthToken", TWILIO_TOKEN));
    }

    private static long phoneLine(String name, Map<String, String> secrets) {
        JsonObject form = new JsonObject();
        form.addProperty("kind", "phone");
        form.addProperty("name", name);
        form.addProperty("serviceDeskId", sandbox.jsm().serviceDesk().id());
        form.addProperty("requestTypeId", 1);
        JsonObject credentials = new JsonObject();
        secrets.forEach(credentials::addProperty);
        form.add("credentials", credentials);
        return ((ChannelAccountAdmin.Saved) sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk")).account().id();
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void givenAMissedCallThenAnAnsweredOne_whenPosted_thenTheFirstMakesARequestAndTheSecondIsNotedOnIt()
            throws Exception {
        // when
        HttpResponse<String> missed = postSigned(call("m-1", "(415) 555-0101", "missed", ""));
        HttpResponse<String> answered = postSigned(call("m-2", "+1 415 555 0101", "answered",
                ",\"durationSeconds\":185,\"agent\":\"bob\""));

        // then
        assertThat(missed.statusCode()).isEqualTo(200);
        long issueId = JsonParser.parseString(missed.body()).getAsJsonObject().get("issueId").getAsLong();
        assertThat(JsonParser.parseString(answered.body()).getAsJsonObject().get("issueId").getAsLong())
                .isEqualTo(issueId);
        SimulatedJsm.Request request = sandbox.jsm().requestById(issueId).orElseThrow();
        assertThat(request.summary()).isEqualTo("Missed call from +14155550101");
        assertThat(request.comments()).singleElement().satisfies(c -> {
            assertThat(c.internal()).isTrue();
            assertThat(c.body()).contains("Inbound call from \\+14155550101: answered, 3 min 5 s, agent bob");
        });
        assertThat(request.events()).contains("SocialDesk: call logged");
    }

    @Test
    void givenTheSameCallTwice_whenPosted_thenItIsStoredOnceAndTheSecondSaysRepeated() throws Exception {
        // given
        String body = call("dup-1", "+14155550102", "missed", "");

        // when
        HttpResponse<String> first = postSigned(body);
        HttpResponse<String> second = postSigned(body);

        // then
        assertThat(JsonParser.parseString(second.body()).getAsJsonObject().get("repeated").getAsBoolean()).isTrue();
        assertThat(JsonParser.parseString(second.body()).getAsJsonObject().get("interactionId"))
                .isEqualTo(JsonParser.parseString(first.body()).getAsJsonObject().get("interactionId"));
        assertThat(sandbox.jsm().requests().stream().filter(r -> r.summary().contains("+14155550102"))).hasSize(1);
    }

    @Test
    void givenARepeatedCallIdFromAnotherNumber_whenPosted_thenThatNumberBecomesNobodysIdentity() throws Exception {
        // given
        postSigned(call("dup-2", "+14155550131", "missed", ""));

        // when: the same call id again, claiming another caller and customer
        HttpResponse<String> again = postSigned(call("dup-2", "+14155550132", "missed",
                ",\"customerEmail\":\"jane@customer.example\""));

        // then
        assertThat(JsonParser.parseString(again.body()).getAsJsonObject().get("repeated").getAsBoolean()).isTrue();
        Contacts contacts = sandbox.components().get(Contacts.class);
        assertThat(contacts.byCustomer("jane@customer.example").map(jane -> contacts.identities(jane.id()))
                .orElse(java.util.List.of())).noneMatch(identity -> identity.externalUserId().equals("+14155550132"));
        assertThat(sandbox.components().get(ActiveObjects.class).count(io.socialdesk.store.IdentityEntity.class,
                net.java.ao.Query.select().where("EXTERNAL_USER_ID = ?", "+14155550132"))).isZero();
    }

    @Test
    void givenBadInput_whenPosted_thenEachGetsItsErrorAndNothingIsStored() throws Exception {
        // given
        int before = storedInteractions();
        String valid = call("bad-1", "+14155550103", "missed", "");
        String now = Long.toString(Instant.now().getEpochSecond());

        // when
        HttpResponse<String> unsigned = post(valid, Map.of());
        HttpResponse<String> forged = post(valid, Map.of("X-SocialDesk-Timestamp", now,
                "X-SocialDesk-Signature", SignedWebhook.header("guess".getBytes(StandardCharsets.UTF_8), now,
                        valid.getBytes(StandardCharsets.UTF_8))));
        String old = Long.toString(Instant.now().getEpochSecond() - 600);
        HttpResponse<String> replayed = post(valid, Map.of("X-SocialDesk-Timestamp", old, "X-SocialDesk-Signature",
                SignedWebhook.header(SECRET.getBytes(StandardCharsets.UTF_8), old,
                        valid.getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> noNumber = postSigned(valid.replace("+14155550103", "not a number"));
        HttpResponse<String> huge = postSigned("{\"callId\":\"" + "x".repeat(70_000) + "\"}");

        // then
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("five-minute window");
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(JsonParser.parseString(noNumber.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("from");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(storedInteractions()).isEqualTo(before);
    }

    @Test
    void givenACallerEmailOfAJiraCustomer_whenPosted_thenThePhoneIdentityJoinsThatCustomersContact()
            throws Exception {
        // when
        postSigned(call("mail-1", "+14155550104", "answered",
                ",\"customerEmail\":\"jane@customer.example\",\"callerName\":\"Jane\""));

        // then
        Contacts contacts = sandbox.components().get(Contacts.class);
        var jane = contacts.byCustomer("jane@customer.example").orElseThrow();
        assertThat(contacts.identities(jane.id())).anySatisfy(identity -> assertThat(identity)
                .extracting(Identity::kind, Identity::externalUserId, Identity::handle, Identity::displayName)
                .containsExactly(ChannelKind.PHONE, "+14155550104", "+14155550104", "Jane"));
    }

    @Test
    void givenTwilioCallbacks_whenPosted_thenProgressIsIgnoredFinalCallsAreLoggedAndForgeriesRefused()
            throws Exception {
        // given
        Map<String, String> ringing = new LinkedHashMap<>(Map.of("CallSid", "CA-tw-1", "CallStatus", "ringing",
                "From", "+14155550105", "To", "+14155550199", "Direction", "inbound"));
        Map<String, String> noAnswer = new LinkedHashMap<>(ringing);
        noAnswer.put("CallStatus", "no-answer");

        // when
        HttpResponse<String> progress = postTwilio(ringing, true);
        HttpResponse<String> forged = postTwilio(noAnswer, false);
        HttpResponse<String> finished = postTwilio(noAnswer, true);

        // then
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("\"ignored\":true");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(sandbox.jsm().requests()).anySatisfy(r ->
                assertThat(r.summary()).isEqualTo("Missed call from +14155550105"));
    }

    @Test
    void givenALineWithAnAutomationWebhook_whenACallLandsOnNoRequest_thenAutomationIsToldAboutIt()
            throws Exception {
        // given
        try (FakeHttpServer automation = new FakeHttpServer()) {
            automation.reply(FakeHttpServer.Reply.json(200, "{}"));
            long sales = phoneLine("Sales line", Map.of("webhookSecret", SECRET, "automationWebhookUrl",
                    automation.baseUrl().resolve("/rest/cb-automation/latest/hooks/abc123").toString()));

            // when: an answered call from a number with no open request (so no request and no issue event), then
            // the intake job's next run
            HttpResponse<String> response = postSigned(sales,
                    call("auto-1", "+14155550106", "answered", ",\"durationSeconds\":30"));
            int toldBeforeTheJob = automation.requests().size();
            runIntakeJob();
            runIntakeJob();

            // then: the telephony system's answer never waited on Automation; the job told it once
            assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("issueId").isJsonNull()).isTrue();
            assertThat(toldBeforeTheJob).isZero();
            assertThat(automation.requests()).singleElement().satisfies(sent -> {
                assertThat(sent.uri().getPath()).isEqualTo("/rest/cb-automation/latest/hooks/abc123");
                JsonObject payload = JsonParser.parseString(sent.body()).getAsJsonObject();
                assertThat(payload.get("event").getAsString()).isEqualTo("call_logged");
                assertThat(payload.get("callId").getAsString()).isEqualTo("auto-1");
                assertThat(payload.get("customerNumber").getAsString()).isEqualTo("+14155550106");
                assertThat(payload.get("disposition").getAsString()).isEqualTo("answered");
            });
        }
    }

    @Test
    void givenJsmDownWhenAMissedCallArrives_whenPosted_thenItIsAcceptedAndTheJobRaisesItsRequestLater()
            throws Exception {
        // given: JSM disabled, so routing cannot raise the request now
        sandbox.host().jsmEnabled(false);
        HttpResponse<String> response;
        try {
            // when
            response = postSigned(call("down-1", "+14155550177", "missed", ""));
        } finally {
            sandbox.host().jsmEnabled(true);
        }
        runIntakeJob();

        // then: accepted (no retry storm from the telephony system), then routed by the job once JSM is back
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("issueId").isJsonNull()).isTrue();
        assertThat(sandbox.jsm().requests()).filteredOn(r -> r.summary().equals("Missed call from +14155550177"))
                .hasSize(1);
    }

    @Test
    void givenTheCallersContactBeingRoutedElsewhere_whenACallIsPosted_thenItIsAnsweredAtOnceAndTheJobRoutesIt()
            throws Exception {
        // given: the caller's first call made a request; another delivery holds the caller's lock and keeps it
        HttpResponse<String> first = postSigned(call("busy-1", "+14155550166", "missed", ""));
        long firstId = JsonParser.parseString(first.body()).getAsJsonObject().get("interactionId").getAsLong();
        long contactId = sandbox.components().get(io.socialdesk.intake.InteractionLog.class).reload(firstId)
                .orElseThrow().contactId().orElseThrow();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread holder = new Thread(() -> sandbox.components().get(io.socialdesk.intake.ClusterLocks.class)
                .tryWith(io.socialdesk.intake.LockNames.contact(contactId), java.time.Duration.ZERO, () -> {
                    held.countDown();
                    try {
                        return release.await(1, java.util.concurrent.TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        holder.start();
        assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> second;
        try {
            // when
            second = postSigned(call("busy-2", "+14155550166", "missed", ""));
        } finally {
            release.countDown();
            holder.join();
        }

        // then: answered without waiting for the lock, the call stored and pending; the job notes it on the request
        assertThat(second.statusCode()).isEqualTo(200);
        com.google.gson.JsonObject answer = JsonParser.parseString(second.body()).getAsJsonObject();
        assertThat(answer.get("issueId").isJsonNull()).isTrue();
        long secondId = answer.get("interactionId").getAsLong();
        assertThat(sandbox.components().get(io.socialdesk.intake.InteractionLog.class).reload(secondId).orElseThrow()
                .status().pending()).isTrue();
        runIntakeJob();
        long issueId = JsonParser.parseString(first.body()).getAsJsonObject().get("issueId").getAsLong();
        assertThat(sandbox.components().get(io.socialdesk.intake.InteractionLog.class).reload(secondId).orElseThrow()
                .issueId()).contains(issueId);
    }

    private static String call(String id, String from, String status, String extra) {
        return "{\"callId\":\"" + id + "\",\"direction\":\"inbound\",\"from\":\"" + from
                + "\",\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"" + status + "\""
                + extra + "}";
    }

    private HttpResponse<String> postSigned(String body) throws Exception {
        return postSigned(lineId, body);
    }

    private HttpResponse<String> postSigned(long line, String body) throws Exception {
        String now = Long.toString(Instant.now().getEpochSecond());
        return post(line, body, Map.of("X-SocialDesk-Timestamp", now, "X-SocialDesk-Signature",
                SignedWebhook.header(SECRET.getBytes(StandardCharsets.UTF_8), now,
                        body.getBytes(StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        return post(lineId, body, headers);
    }

    private HttpResponse<String> post(long line, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls?line=" + line))
                .header("Content-Type", "application/json").header("Cookie", "sandbox-user=anonymous")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postTwilio(Map<String, String> params, boolean signed) throws Exception {
        URI url = sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls/twilio?line=" + lineId);
        String form = params.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String signature = TwilioSignature.compute(signed ? TWILIO_TOKEN : "wrong", url.toString(), params);
        return http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature).header("Cookie", "sandbox-user=anonymous")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int storedInteractions() {
        return sandbox.components().get(ActiveObjects.class).count(InteractionEntity.class, net.java.ao.Query.select());
    }

    /** One run of the intake job, as the scheduler starts it, and the work it started finished. */
    private void runIntakeJob() throws InterruptedException {
        PollCycle cycle = sandbox.components().get(PollCycle.class);
        cycle.run();
        assertThat(cycle.awaitIdle(java.time.Duration.ofMinutes(1))).isTrue();
    }
}
