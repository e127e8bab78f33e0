package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy export over HTTP: everything held about a contact, for administrators only, audited. */
class ContactExportApiTest {
    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

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
    void givenACustomersPosts_whenAnAdminExportsTheirContact_thenIdentitiesAndEveryInteractionAreInItAndItIsAudited()
            throws Exception {
        // given: Jane posts twice on Mastodon; the panel of her request names her contact
        sandbox.startPolling(Duration.ofMillis(100));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "my parcel never came", null, false);
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "still nothing <b>today</b>", null, false);
        await(() -> sandbox.jsm().requests().size() == 1
                && sandbox.jsm().requests().get(0).comments().size() == 1);
        String key = sandbox.jsm().requests().get(0).key();
        long contact = json(send("history/" + key, "alice")).getAsJsonObject("contact").get("id").getAsLong();
        int auditedBefore = sandbox.host().auditLog().size();

        // when
        HttpResponse<String> export = send("admin/contacts/" + contact + "/export", "alice");

        // then
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"socialdesk-contact-" + contact + ".json\"");
        JsonObject body = json(export);
        assertThat(body.get("format").getAsString()).isEqualTo("socialdesk-contact-export/1");
        assertThat(body.getAsJsonArray("identities").toString()).contains("\"channel\":\"mastodon\"")
                .contains("\"handle\":\"jane\"");
        assertThat(body.getAsJsonArray("interactions")).hasSize(2);
        assertThat(body.getAsJsonArray("interactions").get(1).getAsJsonObject().get("text").getAsString())
                .isEqualTo("@acme still nothing <b>today</b>");
        assertThat(body.getAsJsonArray("interactions").get(0).getAsJsonObject().get("issueId").getAsLong())
                .isEqualTo(sandbox.jsm().requests().get(0).id());
        var audited = sandbox.host().auditLog().subList(auditedBefore, sandbox.host().auditLog().size());
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.getActionI18nKey()).isEqualTo("socialdesk.audit.contact.exported");
            assertThat(event.getExtraAttributes()).noneMatch(a -> a.getValue().contains("parcel"));
        });
    }

    @Test
    void givenSeededCustomers_whenAnAdminSearches_thenHandleAndCustomerFindThemAndWildcardsAreLiteral()
            throws Exception {
        // when
        JsonObject byName = json(send("admin/contacts?q=JANE_C", "alice"));
        JsonObject byHandle = json(send("admin/contacts?q=%20jane%20", "alice"));
        JsonObject byCustomer = json(send("admin/contacts?q=jane@customer", "alice"));
        JsonObject wildcards = json(send("admin/contacts?q=%25_%25", "alice"));
        HttpResponse<String> tooShort = send("admin/contacts?q=j", "alice");
        HttpResponse<String> agent = send("admin/contacts?q=jane", "bob");

        // then: the same one contact each time, with her identities on both networks
        for (JsonObject found : new JsonObject[] {byName, byHandle, byCustomer}) {
            assertThat(found.getAsJsonArray("contacts")).hasSize(1);
        }
        assertThat(byName.getAsJsonArray("contacts").get(0).toString()).contains("\"handle\":\"jane\"")
                .contains("\"handle\":\"jane_c\"");
        assertThat(wildcards.getAsJsonArray("contacts")).isEmpty();
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(json(tooShort).get("field").getAsString()).isEqualTo("q");
        assertThat(agent.statusCode()).isEqualTo(403);
    }

    @Test
    void givenWrongCallers_whenExporting_thenNonAdminsAreRefusedAndUnknownOrMalformedIdsNamed() throws Exception {
        // when
        HttpResponse<String> agent = send("admin/contacts/1/export", "bob");
        HttpResponse<String> unknown = send("admin/contacts/999999/export", "alice");
        HttpResponse<String> malformed = send("admin/contacts/abc/export", "alice");

        // then
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("field").getAsString()).isEqualTo("contactId");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("field").getAsString()).isEqualTo("contactId");
    }

    private HttpResponse<String> send(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=" + user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

}
