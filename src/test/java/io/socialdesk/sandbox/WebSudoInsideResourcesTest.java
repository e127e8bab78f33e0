package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.testing.RestEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether Jira's REST v2 honours SAL's {@code @WebSudoRequired} is not documented, so every admin method checks the
 * secure administrator session itself. Played here on a REST layer that ignores the annotation: every method of a
 * resource marked {@code @WebSudoRequired} (found by reflection, so a new one is covered) answers 401 outside a secure
 * session and changes nothing, and answers otherwise inside one.
 */
class WebSudoInsideResourcesTest {
    @TempDir
    java.nio.file.Path home;

    @Test
    void givenARestLayerThatIgnoresTheAnnotation_whenAnAdminCallsEachAdminMethodWithoutASecureSession_thenEachRefuses()
            throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(0, home, Clock.systemUTC())) {
            // given: an account to name in paths
            long account = sandbox.components().get(ChannelAccounts.class).all().stream().findFirst()
                    .map(a -> a.id()).orElseGet(() -> phoneLine(sandbox));
            TreeMap<String, String> endpoints = adminEndpoints(account);
            assertThat(endpoints).containsKeys("GET /admin/accounts", "DELETE /admin/accounts/" + account,
                    "PUT /admin/settings", "DELETE /admin/contacts/" + account);

            // when
            List<String> admitted = new ArrayList<>();
            for (var endpoint : endpoints.entrySet()) {
                HttpResponse<String> answer = call(sandbox.baseUrl(), endpoint.getValue(), endpoint.getKey(),
                        "off");
                boolean refused = answer.statusCode() == 401 && JsonParser.parseString(answer.body())
                        .getAsJsonObject().get("error").getAsString().equals("websudo_required");
                if (!refused) {
                    admitted.add(endpoint.getKey() + " → " + answer.statusCode() + " " + answer.body());
                }
            }

            // then: all refused, nothing deleted; inside a secure session the same calls get through
            assertThat(admitted).isEmpty();
            assertThat(sandbox.components().get(ChannelAccounts.class).byId(account)).isPresent();
            for (var endpoint : endpoints.entrySet()) {
                assertThat(call(sandbox.baseUrl(), endpoint.getValue(), endpoint.getKey(), "on").statusCode())
                        .as(endpoint.getKey()).isNotEqualTo(401);
            }
        }
    }

    /**
     * One client per call: a refusal that leaves the request body unread makes the server close the connection,
     * which a client reusing it would see as an empty answer.
     */
    private static HttpResponse<String> call(URI base, String verb, String endpoint, String webSudo)
            throws Exception {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        HttpRequest.BodyPublisher body = verb.equals("POST") || verb.equals("PUT")
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(base.resolve("rest/socialdesk/1.0" + path
                                + (path.equals("/admin/contacts") ? "?q=jane" : "")))
                        .header("Cookie", "sandbox-user=alice; sandbox-websudo=" + webSudo
                                + "; sandbox-rest-websudo=ignored")
                        .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                        .method(verb, body).build(),
                HttpResponse.BodyHandlers.ofString());
        }
    }

    /** "VERB /path" (path parameters filled with {@code id}) → verb, for every method that needs a secure session. */
    private static TreeMap<String, String> adminEndpoints(long id) {
        TreeMap<String, String> endpoints = new TreeMap<>();
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.all()) {
            if (endpoint.webSudo()) {
                endpoints.put(endpoint.verb() + " " + endpoint.path().replaceAll("\\{[^}]+}", Long.toString(id)),
                        endpoint.verb());
            }
        }
        return endpoints;
    }

    private static long phoneLine(SandboxServer sandbox) {
        com.google.gson.JsonObject form = new com.google.gson.JsonObject();
        form.addProperty("kind", "phone");
        form.addProperty("name", "Hotline");
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        com.google.gson.JsonObject credentials = new com.google.gson.JsonObject();
        credentials.addProperty("webhookSecret", "whsec-websudo");
        form.add("credentials", credentials);
        return ((io.socialdesk.admin.ChannelAccountAdmin.Saved) sandbox.components()
                .get(io.socialdesk.admin.ChannelAccountAdmin.class).create(form, "socialdesk")).account().id();
    }
}
