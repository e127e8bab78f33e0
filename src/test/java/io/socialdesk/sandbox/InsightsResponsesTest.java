package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights measure every channel of a desk alike, end to end through the real jira adapters: public agent comments
 * heard from JSM's comment event, requests' origins and JSM's *Time to first response* SLA read from JSM.
 */
class InsightsResponsesTest {
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
        sandbox.startPolling(Duration.ofMillis(100));
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenPortalRequestsAnsweredTenTimesSlowerThanTweets_whenTheDeskLooks_thenTheWarningNamesBothAndTheFactor()
            throws Exception {
        // given
        List<String> portal = InsightsScenarios.portalAnsweredTenTimesSlowerThanX(sandbox, feeds, clock);

        // when: the job has counted the ten responses
        await(() -> insights().getAsJsonObject("equalTreatment").getAsJsonArray("unequal").size() == 1);
        JsonObject insights = insights();

        // then: first responses per channel as the SLA measured them; the warning, with the request type's name
        assertThat(channel(insights.getAsJsonArray("firstResponse"), "portal")).hasValueSatisfying(c -> {
            assertThat(c.get("answered").getAsInt()).isEqualTo(5);
            assertThat(c.get("medianMinutes").getAsDouble()).isEqualTo(300.0);
        });
        assertThat(channel(insights.getAsJsonArray("firstResponse"), "x")).hasValueSatisfying(
                c -> assertThat(c.get("medianMinutes").getAsDouble()).isEqualTo(30.0));
        JsonObject finding = insights.getAsJsonObject("equalTreatment").getAsJsonArray("unequal").get(0)
                .getAsJsonObject();
        assertThat(finding.get("faster").getAsString()).isEqualTo("x");
        assertThat(finding.get("slower").getAsString()).isEqualTo("portal");
        assertThat(finding.get("factor").getAsDouble()).isEqualTo(10.0);
        assertThat(finding.get("requestType").getAsString()).isNotBlank();
        assertThat(finding.getAsJsonArray("slowest")).extracting(JsonElement::getAsString)
                .containsExactlyInAnyOrderElementsOf(portal);
        assertThat(insights.getAsJsonArray("firstResponseByRequestType")).singleElement();
    }

    @Test
    void givenCommentsThatAreNoResponse_whenCounted_thenOnlyTheAgentsPublicCommentAnswers() throws Exception {
        // given: Jane's portal request; her own comment, an internal note and SocialDesk's intake user come first
        String key = sandbox.jsm().createRequest("Refund not received", "Still waiting for 40 EUR.",
                "jane@customer.example", 1, "email").key();
        clock.advance(Duration.ofMinutes(10));
        sandbox.jsm().addComment(key, "jane@customer.example", "Any news?", false);
        sandbox.jsm().addComment(key, "alice", "Checking with billing first.", true);
        sandbox.jsm().addComment(key, "socialdesk", "SocialDesk: a post was added here.", false);
        clock.advance(Duration.ofMinutes(35));

        // when: an agent answers publicly 45 minutes after the request came in
        sandbox.jsm().addComment(key, "bob", "The refund went out today.", false);
        await(() -> channel(insights().getAsJsonArray("firstResponse"), "email").isPresent());

        // then
        assertThat(channel(insights().getAsJsonArray("firstResponse"), "email")).hasValueSatisfying(c -> {
            assertThat(c.get("answered").getAsInt()).isEqualTo(1);
            assertThat(c.get("medianMinutes").getAsDouble()).isEqualTo(45.0);
        });
    }

    @Test
    void givenJanesPortalRequest_whenHerPostNamingItsKeyLandsOnIt_thenItKeepsThePortalAsItsChannelAndCountsBoth()
            throws Exception {
        // given: Jane raised a request on the portal an hour ago
        String key = sandbox.jsm().createRequest("Cannot log in to the customer portal",
                "The reset mail never arrives.", "jane@customer.example", 1, "portal").key();
        clock.advance(Duration.ofHours(1));

        // when: her Mastodon post names it, and lands on it
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "@acme my ticket " + key + " is still open", null, false);
        await(() -> sandbox.jsm().request(key).orElseThrow().comments().size() == 1);
        clock.advance(Duration.ofMinutes(2));

        // then: the request counts as a portal request first contacted when raised, unanswered, with two channels
        await(() -> channel(insights().getAsJsonArray("firstResponse"), "portal").isPresent());
        assertThat(channel(insights().getAsJsonArray("firstResponse"), "portal")).hasValueSatisfying(c ->
                assertThat(c.get("unanswered").getAsInt()).isEqualTo(1));
        assertThat(channel(insights().getAsJsonArray("firstResponse"), "mastodon")).isEmpty();
        await(() -> insights().getAsJsonArray("effort").size() == 1);
        JsonObject effort = insights().getAsJsonArray("effort").get(0).getAsJsonObject();
        assertThat(effort.get("issueKey").getAsString()).isEqualTo(key);
        assertThat(effort.get("channel").getAsString()).isEqualTo("portal");
        assertThat(effort.getAsJsonArray("channels")).extracting(JsonElement::getAsString)
                .containsExactly("portal", "mastodon");
    }

    @Test
    void givenTheAdminSetsTheTargets_whenTheDeskLooks_thenTheInsightsJudgeByThemAndABadOneIsRefusedByName()
            throws Exception {
        // given: the ten-times case; then a tolerance of 10× and a 30-minute response target
        InsightsScenarios.portalAnsweredTenTimesSlowerThanX(sandbox, feeds, clock);
        await(() -> insights().getAsJsonObject("equalTreatment").getAsJsonArray("unequal").size() == 1);
        String settings = "{\"mergeWindowHours\":48,\"reopenWindowDays\":7,\"blockedHandles\":[],\"blockWords\":[],"
                + "\"skipReposts\":true,\"missedCallCreatesRequest\":true,\"defaultRegion\":\"US\","
                + "\"retentionMonths\":0,\"customerNumberPattern\":\"\",\"praise\":\"request\","
                + "\"surgeMinPerMinute\":8,\"surgeFactor\":5,\"clusterSimilarity\":45,\"viralMinSpread\":80,"
                + "\"viralReachPercent\":5,\"repliesInPortal\":[],\"acknowledgement\":\"\","
                + "\"followersOnlyRepliesDirect\":false,\"topicMatchPercent\":45,\"possibleMatchPercent\":20,"
                + "\"conversationMerge\":\"same_topic\",\"responseTargetMinutes\":30,\"repeatContacts\":4,"
                + "\"repeatChannels\":3,\"equalTolerancePercent\":";

        // when
        HttpResponse<String> refused = put(settings + "1100}");
        HttpResponse<String> blankSla = put(settings + "1000,\"slaName\":\"  \"}");
        HttpResponse<String> saved = put(settings + "1000}");

        // then: 400 naming the field; the saved targets are what the page judges by
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonParser.parseString(refused.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("equalTolerancePercent");
        assertThat(JsonParser.parseString(blankSla.body()).getAsJsonObject().get("field").getAsString())
                .isEqualTo("slaName");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(saved.body()).getAsJsonObject().get("slaName").getAsString())
                .isEqualTo("Time to first response");
        JsonObject insights = insights();
        assertThat(insights.getAsJsonObject("equalTreatment").get("tolerance").getAsDouble()).isEqualTo(10.0);
        assertThat(insights.getAsJsonObject("equalTreatment").getAsJsonArray("unequal")).isEmpty();
        assertThat(insights.getAsJsonObject("targets").get("responseMinutes").getAsInt()).isEqualTo(30);
        assertThat(insights.getAsJsonObject("targets").get("repeatContacts").getAsInt()).isEqualTo(4);
    }

    private HttpResponse<String> put(String settings) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/admin/settings"))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<JsonObject> channel(JsonArray channels, String name) {
        for (JsonElement channel : channels) {
            if (channel.getAsJsonObject().get("channel").getAsString().equals(name)) {
                return Optional.of(channel.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    private JsonObject insights() {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/insights?project=CS&bucket=day"))
                    .header("Cookie", "sandbox-user=alice").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
