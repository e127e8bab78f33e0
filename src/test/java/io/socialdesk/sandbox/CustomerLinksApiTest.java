package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.contact.Contacts;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Link to customer", unlink and split over HTTP: only the request's contact moves unless the agent confirms a merge. */
class CustomerLinksApiTest {
    private static final FakeMastodon.Account PAT = new FakeMastodon.Account("301", "pat", "Pat", 5);
    @TempDir
    Path home;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.jsm().addUser(new SimulatedJsm.User("carol", "Carol", "carol@customer.example", false, false));
        sandbox.jsm().addUser(new SimulatedJsm.User("dave", "Dave", "dave@customer.example", false, false));
        sandbox.startPolling(Duration.ofMillis(150));
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenAContactLinkedToOneCustomer_whenRelinkedToAnother_thenOnlyThatContactMovesAndAMergeWaitsForConsent()
            throws Exception {
        // given: Pat, unknown until now, linked to Carol
        feeds.mastodon().post(PAT, "my invoice is wrong", null, false);
        String key = awaitRequestBy("socialdesk").key();
        assertThat(link(key, "{\"user\":\"carol\"}").statusCode()).isEqualTo(200);
        Contacts contacts = sandbox.components().get(Contacts.class);
        long janeContact = contacts.byCustomer("jane@customer.example").orElseThrow().id();
        int janeIdentities = contacts.identities(janeContact).size();

        // when: relinked to Dave, then to Jane (who has a contact of her own)
        HttpResponse<String> toDave = link(key, "{\"user\":\"dave\"}");
        HttpResponse<String> toJane = link(key, "{\"user\":\"jane@customer.example\"}");

        // then: Pat's contact alone moved to Dave; Carol has nobody; Jane's contact is untouched until confirmed
        assertThat(toDave.statusCode()).isEqualTo(200);
        assertThat(contacts.byCustomer("carol")).isEmpty();
        assertThat(contacts.byCustomer("dave").orElseThrow().displayName()).isEqualTo("Pat");
        assertThat(toJane.statusCode()).isEqualTo(409);
        JsonObject conflict = JsonParser.parseString(toJane.body()).getAsJsonObject();
        assertThat(conflict.get("field").getAsString()).isEqualTo("user");
        assertThat(conflict.get("message").getAsString()).contains("\"merge\": true");
        assertThat(contacts.identities(janeContact)).hasSize(janeIdentities);
        assertThat(contacts.byCustomer("dave")).isPresent();
    }

    @Test
    void givenAConfirmedMerge_whenItWasWrong_thenSplittingAndUnlinkingUndoIt() throws Exception {
        // given: Pat merged into Jane's contact, by an agent who confirmed it
        feeds.mastodon().post(PAT, "my invoice is wrong", null, false);
        String key = awaitRequestBy("socialdesk").key();
        int auditedBefore = sandbox.host().auditLog().size();
        assertThat(link(key, "{\"user\":\"jane@customer.example\",\"merge\":true}").statusCode()).isEqualTo(200);
        JsonObject merged = history(key);
        assertThat(handles(merged)).contains("pat", "jane_c");
        long patIdentity = identityId(merged, "pat");

        // when
        HttpResponse<String> split = send("POST", key, "/identities/" + patIdentity + "/split", null);
        JsonObject afterSplit = history(key);
        HttpResponse<String> unlink = send("DELETE", key, "/customer", null);

        // then: Pat has a contact of their own again, with their post; Jane's identities stay with Jane
        assertThat(split.statusCode()).isEqualTo(200);
        assertThat(handles(afterSplit)).containsExactly("pat");
        assertThat(afterSplit.getAsJsonArray("entries").toString()).contains("my invoice is wrong");
        assertThat(afterSplit.getAsJsonObject("contact").get("customerKey").isJsonNull()
                || afterSplit.getAsJsonObject("contact").get("customerKey").getAsString().isEmpty()).isTrue();
        Contacts contacts = sandbox.components().get(Contacts.class);
        assertThat(contacts.identities(contacts.byCustomer("jane@customer.example").orElseThrow().id()))
                .noneMatch(identity -> identity.handle().equals("pat"));
        assertThat(unlink.statusCode()).isEqualTo(200);
        assertThat(send("POST", key, "/identities/" + patIdentity + "/split", null).statusCode())
                .as("a contact's only identity cannot be split off").isEqualTo(400);
        var audited = sandbox.host().auditLog().subList(auditedBefore, sandbox.host().auditLog().size());
        assertThat(audited).extracting(com.atlassian.audit.entity.AuditEvent::getActionI18nKey).containsExactly(
                "socialdesk.audit.contacts.merged", "socialdesk.audit.identity.split",
                "socialdesk.audit.contact.unlinked");
        assertThat(audited).allSatisfy(event -> assertThat(event.getExtraAttributes())
                .anyMatch(a -> a.getValue().equals(key))
                .noneMatch(a -> a.getValue().contains("invoice")));
    }

    private SimulatedJsm.Request awaitRequestBy(String reporter) throws InterruptedException {
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.reporterKey().equals(reporter)));
        return sandbox.jsm().requests().stream().filter(r -> r.reporterKey().equals(reporter)).findFirst()
                .orElseThrow();
    }


    private static List<String> handles(JsonObject history) {
        return StreamSupport.stream(history.getAsJsonArray("identities").spliterator(), false)
                .map(i -> i.getAsJsonObject().get("handle").getAsString()).toList();
    }

    private static long identityId(JsonObject history, String handle) {
        JsonArray identities = history.getAsJsonArray("identities");
        for (JsonElement identity : identities) {
            if (identity.getAsJsonObject().get("handle").getAsString().equals(handle)) {
                return identity.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError("no identity " + handle + " in " + identities);
    }

    private JsonObject history(String key) throws Exception {
        HttpResponse<String> response = send("GET", key, "", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> link(String key, String body) throws Exception {
        return send("POST", key, "/customer", body);
    }

    private HttpResponse<String> send(String method, String key, String action, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/history/" + key + action))
                .header("Cookie", "sandbox-user=bob").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
