package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.store.InteractionEntity;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrections' REST API on the sandbox: who may move and merge (edit on both requests), what a bad target gets
 * (its field named, nothing changed), what the panel is offered, and a merge that tells the customer in kind.
 */
class RoutingCorrectionApiTest {
    private static final String JANE = "jane@customer.example";

    @TempDir
    Path home;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatedJsm.Request portal;
    private SimulatedJsm.Request social;
    private long post;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.startPolling(Duration.ofMillis(150));
        portal = sandbox.jsm().createRequest("Refund missing for the returned jacket",
                "I returned the winter jacket two weeks ago and have no refund yet.", JANE, 3);
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "is the winter jacket also available in navy blue and "
                + "grey?", null, false);
        await(() -> sandbox.jsm().requests().size() == 2);
        social = sandbox.jsm().requests().get(0);
        var ao = sandbox.components().get(com.atlassian.activeobjects.external.ActiveObjects.class);
        // the outcome is stored once Jira has the request: wait for it, not only for the request
        await(() -> ao.find(InteractionEntity.class, Query.select().where("ISSUE_ID = ?", social.id())).length == 1);
        post = ao.find(InteractionEntity.class, Query.select().where("ISSUE_ID = ?", social.id()))[0].getID();
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenAPostPossiblyTheSameAsAPortalRequest_whenThePanelAsks_thenBothRequestsOfferTheMove() throws Exception {
        // when
        JsonObject onSocial = json(send("GET", social.key(), "", "alice", null));
        JsonObject onPortal = json(send("GET", portal.key(), "", "alice", null));
        int outsider = send("GET", social.key(), "", "dave", null).statusCode();

        // then
        assertThat(onSocial.getAsJsonArray("possible")).singleElement().satisfies(p -> {
            assertThat(p.getAsJsonObject().getAsJsonObject("closeTo").get("key").getAsString())
                    .isEqualTo(portal.key());
            assertThat(p.getAsJsonObject().get("interactionId").getAsLong()).isEqualTo(post);
        });
        assertThat(onSocial.getAsJsonArray("alsoOpen").toString()).contains(portal.key());
        assertThat(onSocial.getAsJsonArray("targets").toString()).contains(portal.key());
        assertThat(onPortal.getAsJsonArray("possible").toString()).contains(social.key());
        assertThat(outsider).isEqualTo(404);
    }

    @Test
    void givenAgentsWithoutEditOnEitherRequest_whenMoving_thenRefusedAndNothingChanges() throws Exception {
        // given: a request nobody may edit, one Alice may not see
        SimulatedJsm.Request closed = sandbox.jsm().createRequest("Old complaint", "closed", JANE, 3);
        sandbox.jsm().lockEditing(closed.key());
        SimulatedJsm.Request hidden = sandbox.jsm().createRequest("Secret", "restricted", JANE, 3);
        sandbox.jsm().restrict(hidden.key(), Set.of("bob"));

        // when
        HttpResponse<String> collaborator = move(social.key(), post, portal.key(), "carol");
        HttpResponse<String> lockedTarget = move(social.key(), post, closed.key(), "alice");
        HttpResponse<String> lockedSource = move(closed.key(), post, portal.key(), "alice");
        HttpResponse<String> invisible = move(social.key(), post, hidden.key(), "alice");
        HttpResponse<String> badKey = move(social.key(), post, "not a key", "alice");
        HttpResponse<String> there = move(portal.key(), post, social.key(), "alice");
        HttpResponse<String> nothing = move(social.key(), 999_999, portal.key(), "alice");
        HttpResponse<String> same = move(social.key(), post, social.key(), "alice");

        // then
        assertThat(collaborator.statusCode()).isEqualTo(403);
        assertThat(field(collaborator)).isEqualTo("issueKey");
        assertThat(lockedTarget.statusCode()).isEqualTo(403);
        assertThat(field(lockedTarget)).isEqualTo("target");
        assertThat(lockedSource.statusCode()).isEqualTo(403);
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(field(invisible)).isEqualTo("target");
        assertThat(field(badKey)).isEqualTo("target");
        assertThat(there.statusCode()).as("where it should be already: nothing to do").isEqualTo(200);
        assertThat(json(there).get("state").getAsString()).isEqualTo("already_there");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(field(nothing)).isEqualTo("interactionId");
        assertThat(field(same)).isEqualTo("target");
        assertThat(sandbox.jsm().requests()).allSatisfy(r -> assertThat(r.comments()).isEmpty());
    }

    @Test
    void givenAMergeThatTellsTheCustomer_whenMerged_thenOneReplyInKindAndTheSourceLinkedAsDuplicate()
            throws Exception {
        // when
        HttpResponse<String> merged = send("POST", social.key(), "/merge", "alice", "{\"target\":\""
                + portal.key().toLowerCase() + "\",\"resolve\":true,\"tellCustomer\":\"We put your messages "
                + "together on " + portal.key() + ".\"}");
        HttpResponse<String> again = move(social.key(), post, portal.key(), "alice");

        // then
        assertThat(merged.statusCode()).isEqualTo(200);
        JsonObject result = json(merged);
        assertThat(result.get("moved").getAsInt()).isEqualTo(1);
        assertThat(result.get("resolved").getAsBoolean()).isTrue();
        assertThat(result.get("told").getAsString()).isEqualTo("sent");
        assertThat(feeds.mastodon().posted()).singleElement().satisfies(p -> assertThat(p.get("content")
                .getAsString()).contains("We put your messages together on " + portal.key()));
        assertThat(sandbox.jsm().request(social.key()).orElseThrow().duplicates()).containsExactly(portal.key());
        assertThat(sandbox.jsm().request(portal.key()).orElseThrow().comments())
                .filteredOn(c -> c.body().contains("navy blue")).hasSize(1);
        assertThat(json(again).get("state").getAsString()).as("a repeat changes nothing").isEqualTo("already_there");
        assertThat(sandbox.host().auditLog()).extracting(e -> e.getActionI18nKey())
                .contains("socialdesk.audit.contact.moved", "socialdesk.audit.requests.merged");
    }

    private HttpResponse<String> move(String from, long interactionId, String target, String user)
            throws Exception {
        return send("POST", from, "/contacts/" + interactionId + "/move", user, "{\"target\":\"" + target + "\"}");
    }

    private HttpResponse<String> send(String method, String key, String path, String user, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.baseUrl().resolve(
                        "rest/socialdesk/1.0/history/" + key + "/routing" + path))
                .header("Cookie", "sandbox-user=" + user).header("Content-Type", "application/json");
        return http.send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody()).build()
                : request.method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static String field(HttpResponse<String> response) {
        return json(response).get("field").getAsString();
    }
}
