package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin console's API over HTTP: channels, pickers, "Test connection", settings, poll now, secret rotation. */
class AdminConsoleApiTest {
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.now());
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, clock);
        feeds = SandboxFeeds.connect(sandbox, clock);
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenTheConsole_whenItLoads_thenEveryChannelHasItsFieldsWithHelpAndTheServiceDesksTheirRequestTypes()
            throws Exception {
        // when
        JsonObject channels = json(send("GET", "admin/channels", null, "alice"));
        JsonObject targets = json(send("GET", "admin/targets", null, "alice"));

        // then
        assertThat(channels.getAsJsonArray("channels").toString()).contains("\"kind\":\"x\"")
                .contains("\"kind\":\"mastodon\"").contains("\"kind\":\"phone\"").contains("consumerSecret")
                .contains("Preferences");
        assertThat(targets.getAsJsonArray("serviceDesks").get(0).getAsJsonObject().get("name").getAsString())
                .isEqualTo("Customer Support");
        assertThat(targets.getAsJsonArray("serviceDesks").get(0).getAsJsonObject().getAsJsonArray("requestTypes"))
                .isNotEmpty();
        assertThat(send("GET", "admin/channels", null, "bob").statusCode()).isEqualTo(403);
    }

    @Test
    void givenAWhatsAppNumber_whenTestedConnectedAndListed_thenItsVerifiedNameItsWebhookUrlAndNoPollInterval()
            throws Exception {
        // given
        String form = "{\"kind\":\"whatsapp\",\"name\":\"WhatsApp 2\",\"apiBaseUrl\":\"" + feeds.whatsapp().baseUrl()
                + "\",\"serviceDeskId\":1,\"requestTypeId\":1%s,\"credentials\":{\"phoneNumberId\":\""
                + io.socialdesk.sandbox.feeds.FakeWhatsApp.PHONE_NUMBER_ID + "\",\"businessAccountId\":\"1\","
                + "\"accessToken\":\"%s\",\"appSecret\":\"s\",\"webhookVerifyToken\":\"v\"}}";

        // when
        HttpResponse<String> tested = send("POST", "admin/connection-test", form.formatted("",
                "sandbox-whatsapp-token"), "alice");
        HttpResponse<String> wrongToken = send("POST", "admin/connection-test", form.formatted("", "typo"), "alice");
        HttpResponse<String> polled = send("POST", "admin/accounts", form.formatted(",\"pollSeconds\":60",
                "sandbox-whatsapp-token"), "alice");
        HttpResponse<String> created = send("POST", "admin/accounts", form.formatted("", "sandbox-whatsapp-token"),
                "alice");
        JsonObject channels = json(send("GET", "admin/channels", null, "alice"));

        // then
        assertThat(tested.statusCode()).isEqualTo(200);
        assertThat(json(tested).get("handle").getAsString()).contains("ACME Support");
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        assertThat(json(wrongToken).get("field").getAsString()).isEqualTo("credentials.accessToken");
        assertThat(polled.statusCode()).isEqualTo(400);
        assertThat(json(polled).get("field").getAsString()).isEqualTo("pollSeconds");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("webhookPath").getAsString()).isEqualTo("/rest/socialdesk/1.0/whatsapp/webhook");
        assertThat(json(created).get("pollSeconds").isJsonNull()).isTrue();
        assertThat(channels.getAsJsonArray("channels").toString())
                .contains("\"kind\":\"whatsapp\",").contains("templateName");
    }

    @Test
    void givenAGoodAndAWrongToken_whenTestingTheConnection_thenTheAccountIsNamedOrTheTokenFieldBlamed()
            throws Exception {
        // given
        String form = "{\"kind\":\"mastodon\",\"name\":\"test\",\"apiBaseUrl\":\"" + feeds.mastodon().baseUrl()
                + "\",\"serviceDeskId\":1,\"requestTypeId\":1,\"credentials\":{\"accessToken\":\"%s\"}}";

        // when
        HttpResponse<String> good = send("POST", "admin/connection-test", form.formatted("sandbox-mastodon-token"),
                "alice");
        HttpResponse<String> wrong = send("POST", "admin/connection-test", form.formatted("typo"), "alice");

        // then
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(json(good).get("handle").getAsString()).isEqualTo("acme");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("field").getAsString()).isEqualTo("credentials.accessToken");
    }

    @Test
    void givenAShorterMergeWindow_whenTheCustomerPostsAgainAfterIt_thenANewRequestInsteadOfAMerge() throws Exception {
        // given: Jane's request, then the window set to 1 hour
        sandbox.startPolling(Duration.ofMillis(100));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "first question", null, false);
        await(() -> sandbox.jsm().requests().size() == 1);
        HttpResponse<String> saved = send("PUT", "admin/settings", "{\"mergeWindowHours\":1,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[\"@Spammer\"],\"blockWords\":[],\"skipReposts\":true,"
                + "\"missedCallCreatesRequest\":true,\"defaultRegion\":\"de\",\"retentionMonths\":24,"
                + "\"customerNumberPattern\":\"CUST-[0-9]{6}\",\"praise\":\"own_request\",\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"always\"}", "alice");
        HttpResponse<String> refused = send("PUT", "admin/settings", "{\"mergeWindowHours\":0,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,"
                + "\"missedCallCreatesRequest\":true,\"defaultRegion\":\"DE\",\"retentionMonths\":0,"
                + "\"customerNumberPattern\":\"\",\"praise\":\"own_request\",\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"always\"}", "alice");
        HttpResponse<String> badPattern = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"DE\",\"retentionMonths\":0,\"customerNumberPattern\":\"(CUST\",\"praise\":\"own_request\",\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"always\"}", "alice");
        HttpResponse<String> badPraise = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"DE\",\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"thank\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"always\"}", "alice");
        HttpResponse<String> badViral = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"DE\",\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"request\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,"
                + "\"viralReachPercent\":-1}", "alice");
        HttpResponse<String> badMatch = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"DE\",\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"request\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,"
                + "\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,\"topicMatchPercent\":40,\"possibleMatchPercent\":60,"
                + "\"conversationMerge\":\"same_topic\"}", "alice");
        HttpResponse<String> badMerge = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"DE\",\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"request\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,"
                + "\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,\"topicMatchPercent\":40,\"possibleMatchPercent\":20,"
                + "\"conversationMerge\":\"sometimes\"}", "alice");
        HttpResponse<String> oldForm = send("PUT", "admin/settings", "{\"mergeWindowHours\":2,\"reopenWindowDays\":7,"
                + "\"blockedHandles\":[],\"blockWords\":[],\"skipReposts\":true,"
                + "\"missedCallCreatesRequest\":true,\"defaultRegion\":\"DE\"}", "alice");

        // when: two hours later
        clock.advance(Duration.ofHours(2));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "another question", null, false);

        // then
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).get("defaultRegion").getAsString()).isEqualTo("DE");
        assertThat(json(saved).getAsJsonArray("blockedHandles").toString()).contains("\"spammer\"");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").getAsString()).isEqualTo("mergeWindowHours");
        assertThat(json(saved).get("retentionMonths").getAsInt()).isEqualTo(24);
        assertThat(json(saved).get("customerNumberPattern").getAsString()).isEqualTo("CUST-[0-9]{6}");
        assertThat(json(badPattern).get("field").getAsString()).isEqualTo("customerNumberPattern");
        assertThat(json(badPraise).get("field").getAsString()).isEqualTo("praise");
        assertThat(badViral.statusCode()).isEqualTo(400);
        assertThat(json(badMatch).get("field").getAsString()).as("possible above topic").isEqualTo("possibleMatchPercent");
        assertThat(json(badMerge).get("field").getAsString()).isEqualTo("conversationMerge");
        assertThat(json(saved).get("conversationMerge").getAsString()).isEqualTo("always");
        assertThat(json(badViral).get("field").getAsString()).isEqualTo("viralReachPercent");
        assertThat(json(saved).get("praise").getAsString()).isEqualTo("own_request");
        assertThat(json(saved).get("surgeMinPerMinute").getAsInt()).isEqualTo(8);
        assertThat(json(saved).get("clusterSimilarity").getAsInt()).isEqualTo(45);
        assertThat(json(saved).get("viralMinSpread").getAsInt()).isEqualTo(80);
        assertThat(json(saved).get("viralReachPercent").getAsInt()).isEqualTo(5);
        assertThat(oldForm.statusCode()).isEqualTo(400);
        assertThat(json(oldForm).get("field").getAsString()).isEqualTo("retentionMonths");
        await(() -> sandbox.jsm().requests().size() == 2);
    }

    @Test
    void givenARotatedPhoneSecret_whenCallsArriveSignedWithTheOldOne_thenAcceptedForADayThenRefused()
            throws Exception {
        // given
        long line = sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("phone")).findFirst().orElseThrow().id();

        // when
        HttpResponse<String> rotated = send("POST", "admin/accounts/" + line + "/secret", null, "alice");
        String fresh = json(rotated).get("webhookSecret").getAsString();
        int oldWithinGrace = call(line, "rot-1", "sandbox-webhook-secret");
        int newOne = call(line, "rot-2", fresh);
        clock.advance(Duration.ofHours(25));
        int oldAfterGrace = call(line, "rot-3", "sandbox-webhook-secret");

        // then
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(43);
        assertThat(oldWithinGrace).isEqualTo(200);
        assertThat(newOne).isEqualTo(200);
        assertThat(oldAfterGrace).isEqualTo(401);
        assertThat(send("GET", "admin/accounts", null, "alice").body()).doesNotContain(fresh);
    }

    @Test
    void givenAnAccountWaitingForItsInterval_whenAnAdminPollsNow_thenItIsDueAtOnce() throws Exception {
        // given
        long mastodon = sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("mastodon")).findFirst().orElseThrow().id();
        sandbox.components().get(io.socialdesk.intake.PollCycle.class).run();
        assertThat(sandbox.components().get(io.socialdesk.intake.PollCycle.class)
                .awaitIdle(java.time.Duration.ofMinutes(1))).isTrue();
        assertThat(health(mastodon).isDue(clock.instant())).isFalse();

        // when
        HttpResponse<String> polled = send("POST", "admin/accounts/" + mastodon + "/poll", null, "alice");

        // then
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(health(mastodon).isDue(clock.instant())).isTrue();
    }

    @Test
    void givenAdminChanges_whenMade_thenJirasAuditLogHasEachWithoutASecret() throws Exception {
        // given: the sandbox's own three accounts were connected (and audited) already
        int before = sandbox.host().auditLog().size();

        // when
        HttpResponse<String> created = send("POST", "admin/accounts", "{\"kind\":\"mastodon\",\"name\":\"audited\","
                + "\"apiBaseUrl\":\"https://mastodon.example\",\"serviceDeskId\":1,\"requestTypeId\":1,"
                + "\"credentials\":{\"accessToken\":\"audit-s3cret\"}}", "alice");
        long id = json(created).get("id").getAsLong();
        long line = sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("phone")).findFirst().orElseThrow().id();
        String fresh = json(send("POST", "admin/accounts/" + line + "/secret", null, "alice")).get("webhookSecret")
                .getAsString();
        send("PUT", "admin/settings", "{\"mergeWindowHours\":48,\"reopenWindowDays\":7,\"blockedHandles\":[],"
                + "\"blockWords\":[],\"skipReposts\":true,\"missedCallCreatesRequest\":true,"
                + "\"defaultRegion\":\"US\",\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"own_request\",\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\",\"followersOnlyRepliesDirect\":false,"
                + "\"topicMatchPercent\":45,\"possibleMatchPercent\":20,\"conversationMerge\":\"always\"}", "alice");
        send("DELETE", "admin/accounts/" + id, null, "alice");

        // then
        var all = sandbox.host().auditLog();
        var log = all.subList(before, all.size());
        assertThat(log).extracting(com.atlassian.audit.entity.AuditEvent::getActionI18nKey).containsExactly(
                "socialdesk.audit.account.connected", "socialdesk.audit.secret.rotated",
                "socialdesk.audit.settings.changed", "socialdesk.audit.account.disconnected");
        assertThat(log).allSatisfy(event -> {
            assertThat(event.getCategoryI18nKey()).isEqualTo("socialdesk.audit.category");
            assertThat(event.getExtraAttributes()).noneMatch(a -> a.getValue().contains("audit-s3cret")
                    || a.getValue().contains(fresh));
        });
        assertThat(log.get(0).getExtraAttributes()).anyMatch(a -> a.getValue().startsWith("audited ("));
    }

    @Test
    void givenAnAdminWhoseSecureSessionRanOut_whenUsingTheConsole_thenAskedToConfirmFirst() throws Exception {
        // when
        HttpResponse<String> rest = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/admin/accounts")).header("Cookie",
                        "sandbox-user=alice; sandbox-websudo=off").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("plugins/servlet/socialdesk/admin")).header("Cookie",
                        "sandbox-user=alice; sandbox-websudo=off").GET().build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/sandbox/websudo?return=");
    }

    private io.socialdesk.channel.AccountHealth health(long id) {
        return sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).byId(id).orElseThrow().health();
    }

    private int call(long line, String id, String secret) throws Exception {
        String body = "{\"callId\":\"" + id + "\",\"direction\":\"inbound\",\"from\":\"+14155550160\","
                + "\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"answered\"}";
        String now = Long.toString(clock.instant().getEpochSecond());
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls?line=" + line))
                .header("Content-Type", "application/json").header("X-SocialDesk-Timestamp", now)
                .header("X-SocialDesk-Signature", SignedWebhook.header(secret.getBytes(StandardCharsets.UTF_8), now,
                        body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }


    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void givenAnIntakeAccount_whenAnAdminConnectsAnAccount_thenSocialDeskActsAsItAndAnUnknownOneIsRefusedByName()
            throws Exception {
        // when
        HttpResponse<String> unknown = send("POST", "admin/accounts", "{\"kind\":\"mastodon\",\"name\":\"x\","
                + "\"apiBaseUrl\":\"https://mastodon.example\",\"serviceDeskId\":1,\"requestTypeId\":1,"
                + "\"intakeUser\":\"nobody-here\",\"credentials\":{\"accessToken\":\"t\"}}", "alice");
        HttpResponse<String> chosen = send("POST", "admin/accounts", "{\"kind\":\"mastodon\",\"name\":\"intake\","
                + "\"apiBaseUrl\":\"https://mastodon.example\",\"serviceDeskId\":1,\"requestTypeId\":1,"
                + "\"intakeUser\":\"socialdesk\",\"credentials\":{\"accessToken\":\"t\"}}", "alice");

        // then: the account acts as the dedicated intake account, not as the admin who connected it
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").getAsString()).isEqualTo("intakeUser");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
        assertThat(json(chosen).get("intakeUser").getAsString()).isEqualTo("socialdesk");
        assertThat(sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class)
                .byId(json(chosen).get("id").getAsLong()).orElseThrow().intakeUserKey()).isEqualTo("socialdesk");
    }

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=" + user).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
