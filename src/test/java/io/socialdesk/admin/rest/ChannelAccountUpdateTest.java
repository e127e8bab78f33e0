package io.socialdesk.admin.rest;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.intake.AccountPoller;
import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.testing.FakeHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing an account over HTTP: where its requests go, when secrets are needed again, and all-or-nothing saves. */
class ChannelAccountUpdateTest {
    private static final String X_SECRETS = "\"credentials\":{\"consumerKey\":\"ck\",\"consumerSecret\":\"cs\","
            + "\"accessToken\":\"7-token\",\"accessTokenSecret\":\"ts\"}";
    private static final String NOTHING_NEW = "{\"meta\":{\"result_count\":0}}";
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
    void givenAnXAccountMovedToAnotherHostAndBack_whenPolled_thenEveryPollGoesWhereTheAccountSaysNow()
            throws Exception {
        try (FakeHttpServer first = new FakeHttpServer().reply(json(200, NOTHING_NEW));
             FakeHttpServer second = new FakeHttpServer().reply(json(200, NOTHING_NEW))) {
            // given
            long id = create(x(first.baseUrl(), X_SECRETS));
            poll(id);

            // when
            HttpResponse<String> moved = send("PUT", "/" + id, x(second.baseUrl(), X_SECRETS));
            poll(id);
            HttpResponse<String> back = send("PUT", "/" + id, x(first.baseUrl(), X_SECRETS));
            poll(id);

            // then: mentions and DMs each time, at the host configured at that moment
            assertThat(moved.statusCode()).isEqualTo(200);
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(first.requests()).hasSize(4);
            assertThat(second.requests()).hasSize(2)
                    .allSatisfy(request -> assertThat(request.header("Authorization")).contains("7-token"));
        }
    }

    @Test
    void givenAStoredToken_whenTheAddressMovesToAnotherHostOrTheKindChangesWithoutSecrets_thenRefused()
            throws Exception {
        try (FakeHttpServer attacker = new FakeHttpServer().reply(json(200, NOTHING_NEW))) {
            // given
            long id = create(x(URI.create("https://api.x.com/"), X_SECRETS));

            // when
            HttpResponse<String> elsewhere = send("PUT", "/" + id, x(attacker.baseUrl(), null));
            HttpResponse<String> otherKind = send("PUT", "/" + id, mastodon("https://api.x.com", null));
            HttpResponse<String> samePlace = send("PUT", "/" + id, x(URI.create("https://api.x.com/"), null)
                    .replace("\"@acme\"", "\"@acme support\""));

            // then
            assertThat(elsewhere.statusCode()).isEqualTo(400);
            assertThat(field(elsewhere)).isEqualTo("credentials");
            assertThat(otherKind.statusCode()).isEqualTo(400);
            assertThat(field(otherKind)).isEqualTo("credentials");
            assertThat(samePlace.statusCode()).isEqualTo(200);
            assertThat(JsonParser.parseString(samePlace.body()).getAsJsonObject().get("ownUserId").getAsString())
                    .as("kept although the form sent no secrets").isEqualTo("7");
            assertThat(sandbox.components().get(ChannelAccounts.class).byId(id).orElseThrow().apiBaseUrl())
                    .contains(URI.create("https://api.x.com/"));
            assertThat(attacker.requests()).isEmpty();
        }
    }

    @Test
    void givenAnUpdateWithANewSecretAndAFieldThatIsTooLong_whenSaved_thenNothingChangesNotEvenTheSecret()
            throws Exception {
        // given
        long id = create(mastodon("https://mastodon.example", "\"credentials\":{\"accessToken\":\"old\"}"));

        // when
        HttpResponse<String> refused = send("PUT", "/" + id, mastodon("https://mastodon.example",
                "\"credentials\":{\"accessToken\":\"new\"}").replace("\"requestTypeId\":1",
                "\"requestTypeId\":1,\"ownUserId\":\"" + "9".repeat(300) + "\""));

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(field(refused)).isEqualTo("ownUserId");
        assertThat(sandbox.components().get(CredentialStore.class).credentials(id).get("accessToken"))
                .contains("old");
    }

    @Test
    void givenAServiceDeskOrRequestTypeThatDoesNotExist_whenSaved_then400NamingIt() throws Exception {
        // when
        HttpResponse<String> noDesk = send("POST", "", mastodon("https://mastodon.example",
                "\"credentials\":{\"accessToken\":\"t\"}").replace("\"serviceDeskId\":1", "\"serviceDeskId\":999"));
        HttpResponse<String> noType = send("POST", "", mastodon("https://mastodon.example",
                "\"credentials\":{\"accessToken\":\"t\"}").replace("\"requestTypeId\":1", "\"requestTypeId\":999"));

        // then
        assertThat(noDesk.statusCode()).isEqualTo(400);
        assertThat(field(noDesk)).isEqualTo("serviceDeskId");
        assertThat(noType.statusCode()).isEqualTo(400);
        assertThat(field(noType)).isEqualTo("requestTypeId");
    }

    private static String x(URI url, String secrets) {
        return "{\"kind\":\"x\",\"name\":\"@acme\",\"apiBaseUrl\":\"" + url + "\",\"serviceDeskId\":1,"
                + "\"requestTypeId\":1" + (secrets == null ? "" : "," + secrets) + "}";
    }

    private static String mastodon(String url, String secrets) {
        return "{\"kind\":\"mastodon\",\"name\":\"@acme\",\"apiBaseUrl\":\"" + url + "\",\"serviceDeskId\":1,"
                + "\"requestTypeId\":1" + (secrets == null ? "" : "," + secrets) + "}";
    }

    private static long create(String body) throws Exception {
        HttpResponse<String> created = send("POST", "", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsLong();
    }

    private static void poll(long id) {
        sandbox.components().get(AccountPoller.class)
                .poll(sandbox.components().get(ChannelAccounts.class).byId(id).orElseThrow());
    }

    private static String field(HttpResponse<String> response) {
        JsonObject error = JsonParser.parseString(response.body()).getAsJsonObject();
        return error.get("field").getAsString();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/admin/accounts"
                        + path)).header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
