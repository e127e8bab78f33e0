package io.socialdesk.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.web.RequestBody;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.sandbox.SandboxServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts API over HTTP in the sandbox: access, validation naming the field, write-only secrets. */
class ChannelAccountResourceTest {
    private static final String VALID = """
            {"kind":"mastodon","name":"@acme","apiBaseUrl":"https://mastodon.example","serviceDeskId":1,
             "requestTypeId":1,"credentials":{"accessToken":"s3cret-token","ignored":"x"}}""";
    @TempDir
    static Path home;
    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void givenAValidForm_whenAnAdminCreates_thenTheAccountIsSavedAndItsSecretIsNeverSentBack() throws Exception {
        // when
        HttpResponse<String> created = send("POST", "", VALID, "alice");

        // then
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject account = JsonParser.parseString(created.body()).getAsJsonObject();
        assertThat(account.get("hasCredentials").getAsBoolean()).isTrue();
        assertThat(account.get("status").getAsString()).isEqualTo("ACTIVE");
        assertThat(created.body()).doesNotContain("s3cret-token");
        assertThat(send("GET", "", null, "alice").body()).doesNotContain("s3cret-token").contains("@acme");
        long id = account.get("id").getAsLong();
        assertThat(sandbox.components().get(CredentialStore.class).credentials(id).values())
                .containsExactly(java.util.Map.entry("accessToken", "s3cret-token"));
    }

    @Test
    void givenAnXAccountAndAPhoneLine_whenCreated_thenXKnowsItsOwnIdAndThePhoneLineNeedsOnlyItsSecret()
            throws Exception {
        // given
        String x = "{\"kind\":\"x\",\"name\":\"@acme on X\",\"apiBaseUrl\":\"https://api.x.com\","
                + "\"serviceDeskId\":1,\"requestTypeId\":1,\"credentials\":{\"consumerKey\":\"ck\","
                + "\"consumerSecret\":\"cs\",\"accessToken\":\"1234567-abc\",\"accessTokenSecret\":\"ts\"}}";
        String phone = "{\"kind\":\"phone\",\"name\":\"Hotline\",\"serviceDeskId\":1,\"requestTypeId\":1,"
                + "\"credentials\":{\"webhookSecret\":\"whsec\"}}";
        String phoneWithoutSecret = phone.replace("\"webhookSecret\":\"whsec\"", "\"twilioAuthToken\":\"t\"");

        // when
        HttpResponse<String> createdX = send("POST", "", x, "alice");
        HttpResponse<String> createdPhone = send("POST", "", phone, "alice");
        HttpResponse<String> refusedPhone = send("POST", "", phoneWithoutSecret, "alice");

        // then
        assertThat(createdX.statusCode()).isEqualTo(201);
        assertThat(JsonParser.parseString(createdX.body()).getAsJsonObject().get("ownUserId").getAsString())
                .as("an X user token starts with the user's id").isEqualTo("1234567");
        assertThat(createdPhone.statusCode()).isEqualTo(201);
        assertThat(createdPhone.body()).doesNotContain("whsec");
        assertThat(refusedPhone.statusCode()).isEqualTo(400);
        assertThat(JsonParser.parseString(refusedPhone.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("credentials.webhookSecret");
    }

    @Test
    void givenAnAccount_whenUpdatedWithoutCredentialsThenDeleted_thenSecretsStayAndDeleteIsFinal() throws Exception {
        // given
        long id = JsonParser.parseString(send("POST", "", VALID, "alice").body()).getAsJsonObject()
                .get("id").getAsLong();

        // when
        HttpResponse<String> updated = send("PUT", "/" + id, VALID.replace(
                ",\"credentials\":{\"accessToken\":\"s3cret-token\",\"ignored\":\"x\"}", "")
                .replace("\"@acme\"", "\"@acme renamed\""), "alice");

        // then
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("@acme renamed").contains("\"hasCredentials\":true");
        assertThat(send("DELETE", "/" + id, null, "alice").statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/" + id, null, "alice").statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/" + id, VALID, "alice").statusCode()).isEqualTo(404);
    }

    @Test
    void givenBadInput_whenCreating_thenA400NamesTheFieldAndNothingIsStored() throws Exception {
        // given
        int before = sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().size();
        String[][] cases = {
            {VALID.replace("\"mastodon\"", "\"myspace\""), "kind"},
            {VALID.replace("\"x\"}}", "\"x\"}, \"kind\":\"myspace\"}"), "kind"},
            {VALID.replace("\"@acme\"", "\"  \""), "name"},
            {VALID.replace("https://mastodon.example", "ftp://mastodon.example"), "apiBaseUrl"},
            {VALID.replace("https://mastodon.example", "https://user:pw@mastodon.example"), "apiBaseUrl"},
            {VALID.replace("\"serviceDeskId\":1", "\"serviceDeskId\":-1"), "serviceDeskId"},
            {VALID.replace("\"requestTypeId\":1", "\"requestTypeId\":\"one\""), "requestTypeId"},
            {VALID.replace("\"requestTypeId\":1", "\"requestTypeId\":1,\"pollSeconds\":5"), "pollSeconds"},
            {VALID.replace("\"s3cret-token\"", "\"\""), "credentials.accessToken"},
            {VALID.replace(",\"credentials\":{\"accessToken\":\"s3cret-token\",\"ignored\":\"x\"}", ""), "credentials"},
            {"[1,2]", "body"},
            {"{not json", "body"},
            {"{'kind':'mastodon'}", "body"},
        };

        for (String[] c : cases) {
            // when
            HttpResponse<String> response = send("POST", "", c[0], "alice");

            // then
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(JsonParser.parseString(response.body()).getAsJsonObject().get("field").getAsString())
                    .as(c[0]).isEqualTo(c[1]);
        }
        assertThat(sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all()).hasSize(before);
    }

    @Test
    void givenAnOversizedBody_whenCreating_then413InTheOneErrorShape() throws Exception {
        // when
        HttpResponse<String> response = send("POST", "", VALID.replace("\"@acme\"",
                "\"" + "a".repeat(RequestBody.LIMIT) + "\""), "alice");

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        var error = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(error.keySet()).containsExactly("error", "field", "message");
        assertThat(error.get("error").getAsString()).isEqualTo("too_large");
        assertThat(error.get("message").getAsString()).isEqualTo("the body exceeds 64 KiB");
    }

    @Test
    void givenAPostAFormCouldSendOrABrowserPostFromElsewhere_whenSent_thenJirasXsrfCheckRefusesIt() throws Exception {
        // given
        HttpRequest.Builder noType = HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/admin/accounts"))
                .header("Cookie", "sandbox-user=alice").POST(HttpRequest.BodyPublishers.ofString(VALID));
        HttpRequest.Builder foreignPage = HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("rest/socialdesk/1.0/admin/accounts"))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(VALID));

        // when / then: a client each, as the refused request's connection may be closed before its body was read
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(http.send(noType.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertThat(http.send(foreignPage.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void givenAnAgentOrNobody_whenUsingTheAccountsApi_thenRefused() throws Exception {
        // when / then
        assertThat(send("GET", "", null, "bob").statusCode()).isEqualTo(403);
        assertThat(send("POST", "", VALID, "bob").statusCode()).isEqualTo(403);
        assertThat(send("POST", "", VALID, "anonymous").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("rest/socialdesk/1.0/admin/accounts" + path))
                .header("Cookie", "sandbox-user=" + user).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        // a fresh connection per request: Jetty closes a connection whose POST body a 401/403 left unread, and the
        // JDK client does not retry a POST on a pooled connection that was closed under it
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
