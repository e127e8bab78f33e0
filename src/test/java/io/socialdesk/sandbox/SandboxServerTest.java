package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
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

class SandboxServerTest {
    @TempDir
    static Path home;
    private static SandboxServer sandbox;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        SimulatedJsm.Request request = sandbox.jsm().createRequest("<b>Parcel</b> late", "Where is it?",
                "jane@customer.example", 1);
        sandbox.jsm().addComment(request.key(), "bob", "Looking into it", true);
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void givenARequestWithAComment_whenReadingTheApi_thenKeyReporterTypeAndCommentsAreThere() throws Exception {
        // when
        HttpResponse<String> response = get("sandbox/api/requests", "alice");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject request = JsonParser.parseString(response.body()).getAsJsonObject()
                .getAsJsonArray("requests").get(0).getAsJsonObject();
        assertThat(request.get("key").getAsString()).isEqualTo("CS-1");
        assertThat(request.get("reporter").getAsString()).isEqualTo("jane@customer.example");
        assertThat(request.get("requestType").getAsString()).isEqualTo("Social media contact");
        JsonObject comment = request.getAsJsonArray("comments").get(0).getAsJsonObject();
        assertThat(comment.get("author").getAsString()).isEqualTo("bob");
        assertThat(comment.get("internal").getAsBoolean()).isTrue();
    }

    @Test
    void givenARequestWithMarkupInItsSummary_whenOpeningTheQueue_thenTheMarkupIsEscaped() throws Exception {
        // when
        HttpResponse<String> queue = get("", "alice");

        // then
        assertThat(queue.body()).contains("&lt;b&gt;Parcel&lt;/b&gt; late").doesNotContain("<b>Parcel</b>");
        assertThat(get("browse/CS-1", "alice").statusCode()).isEqualTo(200);
        assertThat(get("browse/CS-999", "alice").statusCode()).isEqualTo(404);
    }

    @Test
    void givenTheAdminOnlyHealthResource_whenCalledByEachKindOfUser_thenOnlyAdminsGetIt() throws Exception {
        // when / then
        assertThat(get("rest/socialdesk/1.0/admin/health", "anonymous").statusCode()).isEqualTo(401);
        assertThat(get("rest/socialdesk/1.0/admin/health", "bob").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get("rest/socialdesk/1.0/admin/health", "alice");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEqualTo("{\"accounts\":[]}");
    }

    @Test
    void givenTheAdminPageServlet_whenAnAdminOpensIt_thenItIsDecoratedWithItsWebResources() throws Exception {
        // when
        HttpResponse<String> page = get("plugins/servlet/socialdesk/admin", "alice");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SocialDesk channels")
                .contains("/sandbox/resources/js/admin/admin.js")
                .contains("data-socialdesk-admin-health-empty=\"No channel accounts yet.\"");
        assertThat(get("sandbox/resources/js/admin/admin.js", "alice").statusCode()).isEqualTo(200);
        assertThat(get("plugins/servlet/socialdesk/admin", "bob").statusCode()).isEqualTo(403);
        assertThat(get("plugins/servlet/socialdesk/admin", "anonymous").statusCode()).isEqualTo(302);
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(path))
                .header("Cookie", "sandbox-user=" + user).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
