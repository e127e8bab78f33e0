package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.admin.Settings;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.intake.ViralSettings;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Viral risk end to end on the sandbox: customers' posts on the fake Mastodon become requests; SocialDesk re-reads
 * their public counts after each intake run through the real driver, within Mastodon's read budget, and fires
 * *SocialDesk: viral risk* with the {@code socialdeskViral} property once, when a post spreads past its author's
 * reach. The poll job is run by hand at simulated times.
 */
class ViralSandboxTest {
    private static final FakeMastodon.Account JANE = new FakeMastodon.Account("70001", "jane", "Jane Small", 150);
    private static final FakeMastodon.Account STAR = new FakeMastodon.Account("70002", "star", "Star Big", 1_000_000);
    private static final FakeMastodon.Account OMAR = new FakeMastodon.Account("70003", "omar", "Omar Done", 150);
    private static final FakeMastodon.Account LEE = new FakeMastodon.Account("70004", "lee", "Lee Gone", 150);

    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void start() throws Exception {
        EntityManagerActiveObjects ao = EntityManagerActiveObjects.connect("jdbc:hsqldb:mem:viral" + System.nanoTime()
                + ";hsqldb.tx=mvcc", "sa", "", "io.socialdesk");
        sandbox = SandboxServer.start(0, home, clock, ao);
        feeds = SandboxFeeds.connect(sandbox, clock);
    }

    @AfterEach
    void stop() throws Exception {
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenPostsThatSpread_whenTheirCountsAreReRead_thenOnlyTheOnePastItsAuthorsReachFiresViralRiskOnce()
            throws Exception {
        // given: four complaints become four requests; Omar's request is resolved, Lee deletes his post
        FakeMastodon mastodon = feeds.mastodon();
        String jane = mastodon.post(JANE, "my order 1123 never arrived and nobody answers", null, false);
        String star = mastodon.post(STAR, "ordered a lamp from acme, arrived broken", null, false);
        String omar = mastodon.post(OMAR, "where is my refund for the returned shoes", null, false);
        String lee = mastodon.post(LEE, "the checkout page shows an error", null, false);
        cycle();
        assertThat(sandbox.jsm().requests()).hasSize(4);
        sandbox.jsm().transition(request("refund").key(), "Resolved", true);
        mastodon.delete(lee);

        // when: minutes later they spread; Jane's post (150 followers) passes 50, the star's (1 M) is far from
        // 100,000, Omar's would pass but his request is resolved
        clock.advance(Duration.ofMinutes(6));
        cycle();
        mastodon.engage(jane, 20, 40);
        mastodon.engage(star, 500, 900);
        mastodon.engage(omar, 300, 300);
        clock.advance(Duration.ofMinutes(11));
        cycle();
        mastodon.engage(jane, 60, 140);
        clock.advance(Duration.ofMinutes(11));
        cycle();

        // then
        SimulatedJsm.Request janes = request("1123");
        assertThat(janes.socialDeskEvents()).containsOnlyOnce("SocialDesk: viral risk");
        JsonObject property = JsonParser.parseString(janes.properties().get("socialdeskViral")).getAsJsonObject();
        assertThat(property.get("risk").getAsString()).isEqualTo("yes");
        assertThat(property.get("reposts").getAsLong()).isEqualTo(20);
        assertThat(property.get("likes").getAsLong()).isEqualTo(40);
        assertThat(property.get("spread").getAsLong()).isEqualTo(60);
        assertThat(property.get("threshold").getAsLong()).isEqualTo(50);
        assertThat(property.get("followers").getAsLong()).isEqualTo(150);
        assertThat(janes.properties().get("socialdesk")).as("the contact property is kept").isNotNull();
        assertThat(request("lamp").socialDeskEvents()).doesNotContain("SocialDesk: viral risk");
        assertThat(request("lamp").properties()).doesNotContainKey("socialdeskViral");
        assertThat(request("refund").socialDeskEvents()).doesNotContain("SocialDesk: viral risk");
        assertThat(mastodon.statusReads(omar)).as("a resolved request's post is not read").isZero();
        assertThat(mastodon.statusReads(lee)).as("a deleted post is read once, then never again").isEqualTo(1);
        assertThat(mastodon.statusReads(jane)).isEqualTo(3);

        // and the panel shows the post at risk with its latest counts
        JsonArray posts = viral(janes.key()).getAsJsonArray("posts");
        assertThat(posts).hasSize(1);
        JsonObject shown = posts.get(0).getAsJsonObject();
        assertThat(shown.get("authorHandle").getAsString()).isEqualTo("jane");
        assertThat(shown.get("reposts").getAsLong()).isEqualTo(60);
        assertThat(shown.get("likes").getAsLong()).isEqualTo(140);
        assertThat(shown.get("threshold").getAsLong()).isEqualTo(50);
        assertThat(shown.get("url").getAsString()).endsWith("/@jane/" + jane);
        assertThat(viral(request("lamp").key()).getAsJsonArray("posts")).isEmpty();

        // and when Omar's request is reopened, his post is read within the hour and found at risk
        sandbox.jsm().transition(request("refund").key(), "Waiting for support", false);
        clock.advance(Duration.ofMinutes(61));
        cycle();
        assertThat(mastodon.statusReads(omar)).isEqualTo(1);
        assertThat(request("refund").socialDeskEvents()).containsOnlyOnce("SocialDesk: viral risk");
    }

    @Test
    void givenMorePostsThanMastodonsReadBudget_whenRunsFollow_thenAtMostThirtyAreReadPerFiveMinutesAndAllInTurn()
            throws Exception {
        // given: 45 customers post within a minute
        FakeMastodon mastodon = feeds.mastodon();
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            statuses.add(mastodon.post(new FakeMastodon.Account(String.valueOf(71_000 + i), "c" + i, "C " + i, 10),
                    "complaint number " + i + " about the delivery", null, false));
        }
        cycle();
        clock.advance(Duration.ofMinutes(6));

        // when: runs every 15 s for 4 minutes, then once more after the 5-minute period
        cycle();
        long first = mastodon.statusReads();
        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofSeconds(15));
            cycle();
        }
        long withinPeriod = mastodon.statusReads();
        clock.advance(Duration.ofMinutes(2));
        cycle();

        // then
        assertThat(first).isEqualTo(30);
        assertThat(withinPeriod).isEqualTo(30);
        assertThat(mastodon.statusReads()).isEqualTo(45);
        assertThat(statuses).allSatisfy(id -> assertThat(mastodon.statusReads(id)).isEqualTo(1));
    }

    @Test
    void givenWatchingTurnedOff_whenPostsSpread_thenNoCountIsReadAndNothingFires() throws Exception {
        // given: the admin sets the minimum to 0 (X bills every post read)
        SettingsStore settings = sandbox.components().get(SettingsStore.class);
        Settings current = settings.read();
        settings.save(new Settings(current.routing(), current.defaultRegion(),
                current.retentionMonths(), current.customerNumberPattern(), current.surge(),
                new ViralSettings(0, 10)));
        FakeMastodon mastodon = feeds.mastodon();
        String jane = mastodon.post(JANE, "my order 1123 never arrived and nobody answers", null, false);
        cycle();
        mastodon.engage(jane, 500, 500);

        // when
        clock.advance(Duration.ofMinutes(30));
        cycle();

        // then
        assertThat(mastodon.statusReads()).isZero();
        assertThat(request("1123").socialDeskEvents()).doesNotContain("SocialDesk: viral risk");
    }

    @Test
    void givenAPostItsAuthorDeleted_whenItsCountsAreReadAgain_thenItsWordsLeaveTheRequestTheHistoryAndTheStore()
            throws Exception {
        // given
        FakeMastodon mastodon = feeds.mastodon();
        String lee = mastodon.post(LEE, "the checkout page shows error 7731 since this morning", null, false);
        cycle();
        String key = request("error 7731").key();

        // when
        mastodon.delete(lee);
        clock.advance(Duration.ofMinutes(6));
        cycle();

        // then: the request keeps its property (it describes the request), not the words
        SimulatedJsm.Request withdrawn = sandbox.jsm().request(key).orElseThrow();
        assertThat(withdrawn.summary()).isEqualTo("Social contact (deleted by its author)");
        assertThat(withdrawn.description()).startsWith("[Deleted by its author on Mastodon (noticed 2026-11-29 09:06 UTC)")
                .doesNotContain("7731");
        assertThat(withdrawn.properties()).containsKey("socialdesk");
        assertThat(get("history/" + key)).doesNotContain("7731")
                .contains("[Deleted by its author on Mastodon, noticed 2026-11-29 09:06 UTC]");
        assertThat(sandbox.host().auditLog()).extracting(e -> e.getActionI18nKey())
                .containsOnlyOnce("socialdesk.audit.post.withdrawn");
        assertThat(sandbox.host().auditLog().toString()).doesNotContain("7731");
    }

    @Test
    void givenAPostWithPhotosItsAuthorDeleted_whenItsCountsAreReadAgain_thenThePhotosLeaveTheRequest()
            throws Exception {
        // given
        FakeMastodon mastodon = feeds.mastodon();
        String lee = mastodon.postWithImages(LEE, "the screen of order 8850 shows this", "Error dialog");
        cycle();
        SimulatedJsm.Request request = request("8850");
        assertThat(sandbox.jsm().attachments(request.id())).hasSize(1);

        // when
        mastodon.delete(lee);
        clock.advance(Duration.ofMinutes(6));
        cycle();

        // then
        assertThat(sandbox.jsm().attachments(request.id())).isEmpty();
        assertThat(sandbox.jsm().request(request.key()).orElseThrow().description()).doesNotContain("mastodon-" + lee);
    }

    @Test
    void givenTheAdminKeepsDeletedPostsOnMastodon_whenAPostIsDeleted_thenItStaysAndXCannotBeChosen() throws Exception {
        // given: X's terms require removal, so it cannot be chosen; Mastodon's let the admin keep it
        com.google.gson.JsonObject settings = com.google.gson.JsonParser.parseString(get("admin/settings"))
                .getAsJsonObject();
        com.google.gson.JsonArray onX = new com.google.gson.JsonArray();
        onX.add("x");
        settings.add("keepDeletedPostsOn", onX);
        HttpResponse<String> refused = put("admin/settings", settings.toString());
        com.google.gson.JsonArray onMastodon = new com.google.gson.JsonArray();
        onMastodon.add("mastodon");
        settings.add("keepDeletedPostsOn", onMastodon);
        HttpResponse<String> saved = put("admin/settings", settings.toString());
        FakeMastodon mastodon = feeds.mastodon();
        String lee = mastodon.post(LEE, "the app logs me out every 5 minutes (ticket 6620)", null, false);
        cycle();
        String key = request("6620").key();

        // when
        mastodon.delete(lee);
        clock.advance(Duration.ofMinutes(6));
        cycle();

        // then
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("keepDeletedPostsOn").contains("mastodon");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(sandbox.jsm().request(key).orElseThrow().description()).contains("6620");
        assertThat(get("history/" + key)).contains("6620");
        assertThat(sandbox.host().auditLog()).extracting(e -> e.getActionI18nKey())
                .doesNotContain("socialdesk.audit.post.withdrawn");
    }

    @Test
    void givenAPostItsAuthorEdited_whenItsCountsAreReadAgain_thenTheHistoryShowsTheNewWordsAndTheRequestGetsThemOnce()
            throws Exception {
        // given
        FakeMastodon mastodon = feeds.mastodon();
        String jane = mastodon.post(JANE, "my order 4410 arrived without the charger", null, false);
        cycle();
        String key = request("4410").key();
        int requests = sandbox.jsm().requests().size();

        // when: she corrects herself, and her post is read twice more
        clock.advance(Duration.ofMinutes(3));
        mastodon.edit(jane, "my order 4410 arrived without the charger and the cable");
        clock.advance(Duration.ofMinutes(3));
        cycle();
        clock.advance(Duration.ofMinutes(11));
        cycle();

        // then
        SimulatedJsm.Request request = sandbox.jsm().request(key).orElseThrow();
        assertThat(sandbox.jsm().requests()).hasSize(requests);
        assertThat(request.comments()).filteredOn(c -> c.body().contains("Edited by its author on Mastodon"))
                .singleElement().satisfies(c -> {
                    assertThat(c.internal()).isTrue();
                    assertThat(c.body()).contains("without the charger and the cable");
                });
        JsonObject entry = JsonParser.parseString(get("history/" + key)).getAsJsonObject().getAsJsonArray("entries").get(0)
                .getAsJsonObject();
        assertThat(entry.get("text").getAsString()).endsWith("without the charger and the cable");
        assertThat(entry.get("editedAt").getAsString()).isEqualTo("2026-11-29T09:03:00Z");
    }

    private void cycle() throws InterruptedException {
        PollCycle cycle = sandbox.components().get(PollCycle.class);
        cycle.run();
        assertThat(cycle.awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    private SimulatedJsm.Request request(String words) {
        return sandbox.jsm().requests().stream().filter(r -> r.description().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no request about " + words));
    }

    private JsonObject viral(String key) throws Exception {
        return JsonParser.parseString(get("history/" + key + "/viral")).getAsJsonObject();
    }

    /** The body of a 200 answer to {@code GET /rest/socialdesk/1.0/<path>}, as alice. */
    private HttpResponse<String> put(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/" + path))
                .header("Cookie", "sandbox-user=alice").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
