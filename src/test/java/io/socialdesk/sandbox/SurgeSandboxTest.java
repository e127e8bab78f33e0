package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.surge.AnswerStore;
import io.socialdesk.surge.IncidentAnswer;
import io.socialdesk.surge.SurgeStore;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The surge of issue "Triage and surge mode" end to end on the sandbox: hundreds of similar complaints in minutes on
 * the fake Mastodon, mixed with unrelated posts, become one incident with the customers' own requests linked to it;
 * the unrelated requests stay alone; one answer from the incident's panel reaches every customer exactly once as a
 * personal reply, across a lost answer from Mastodon and a restart of the node in the middle of sending.
 */
class SurgeSandboxTest {
    private static final int COMPLAINTS = 200;
    private static final String[] COMPLAINT = {
        "the app crashes every time I open my cart since the update",
        "since today's update the app crashes when I open the cart",
        "app keeps crashing on the cart page after the update, can't order",
        "your update broke the cart, the app crashes instantly",
        "cart crashes the whole app after updating, fix it please",
        "after the latest update opening my cart crashes the app"};
    private static final String[] UNRELATED = {
        "do you ship to Canada?", "love the new autumn colours", "my parcel tracking number shows delivered but "
            + "nothing arrived", "can I change the billing address on my invoice", "is the Berlin store open on "
            + "Sunday", "thank you for the fast refund"};

    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private EntityManagerActiveObjects ao;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private PluginNode restarted;

    @BeforeEach
    void start() throws Exception {
        ao = EntityManagerActiveObjects.connect("jdbc:hsqldb:mem:surge" + System.nanoTime() + ";hsqldb.tx=mvcc", "sa",
                "", "io.socialdesk");
        sandbox = SandboxServer.start(0, home, clock, ao);
        feeds = SandboxFeeds.connect(sandbox, clock);
        sandbox.startPolling(Duration.ofMillis(50));
    }

    @AfterEach
    void stop() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenAStormOfSimilarComplaints_whenAnAgentAnswersTheIncidentOnce_thenEveryCustomerGetsOnePersonalReply()
            throws Exception {
        // given: 200 customers complain at 40 a minute, 30 other posts arrive among them; the poll job runs every
        // 15 s of the (simulated) clock, as in Jira
        FakeMastodon mastodon = feeds.mastodon();
        Map<String, String> complaintStatus = new HashMap<>();
        List<String> unrelatedStatus = new ArrayList<>();
        Instant firstComplaint = clock.instant();
        for (int i = 0; i < COMPLAINTS; i++) {
            FakeMastodon.Account customer = new FakeMastodon.Account(String.valueOf(50_000 + i), "customer" + i,
                    "Customer" + i + " Example", 40 + i);
            complaintStatus.put(customer.id(), mastodon.post(customer, COMPLAINT[i % COMPLAINT.length], null, false));
            if (i % 7 == 3) {
                FakeMastodon.Account other = new FakeMastodon.Account(String.valueOf(90_000 + i), "other" + i,
                        "Other " + i, 10);
                unrelatedStatus.add(mastodon.post(other, UNRELATED[(i / 7) % UNRELATED.length], null, false));
            }
            if (i % 10 == 9) {
                int recorded = complaintStatus.size() + unrelatedStatus.size();
                await(Duration.ofMinutes(1), () -> mastodonRequests() == recorded);
                clock.advance(Duration.ofSeconds(15));
                sandbox.components().get(PollCycle.class).awaitIdle(Duration.ofSeconds(10));
                Thread.sleep(120); // at least one more run of the job at this time, after the posts were routed
            }
        }
        int posts = COMPLAINTS + unrelatedStatus.size();
        await(Duration.ofMinutes(1), () -> mastodonRequests() == posts);
        await(Duration.ofMinutes(1), () -> incident().isPresent() && linkedTo(incident().get().key()) == COMPLAINTS);

        // then: one incident, the complaints' requests linked to it, the others untouched
        SimulatedJsm.Request incident = incident().orElseThrow();
        assertThat(incident.summary()).startsWith("Surge on Mastodon").contains("cart").contains("crash");
        assertThat(incident.socialDeskEvents()).containsExactly("SocialDesk: surge started");
        assertThat(sandbox.jsm().requests()).filteredOn(r -> r.summary().startsWith("Surge on")).hasSize(1);
        assertThat(sandbox.jsm().requests()).filteredOn(r -> unrelated(r.summary()))
                .hasSize(unrelatedStatus.size()).allSatisfy(r -> assertThat(r.links()).isEmpty());
        Instant started = sandbox.components().get(SurgeStore.class).recent(1).get(0).startedAt();
        // measured figure for the README: the job runs every 15 s, the rule needs 5 minutes' posts at 5 a minute
        System.out.printf("surge detection delay: %d s after the first complaint at 40 posts a minute%n",
                Duration.between(firstComplaint, started).toSeconds());
        assertThat(Duration.between(firstComplaint, started)).isLessThanOrEqualTo(Duration.ofSeconds(60));
        JsonObject view = get(incident.key());
        assertThat(view.get("role").getAsString()).isEqualTo("incident");
        assertThat(view.get("members").getAsInt()).isEqualTo(COMPLAINTS);
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                .resolve("rest/socialdesk/1.0/admin/surges")).header("Cookie", "sandbox-user=alice").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject listed = JsonParser.parseString(console.body()).getAsJsonObject().getAsJsonArray("surges").get(0)
                .getAsJsonObject();
        assertThat(listed.get("incident").getAsString()).isEqualTo(incident.key());
        assertThat(listed.get("members").getAsInt()).isEqualTo(COMPLAINTS);
        String member = sandbox.jsm().requests().stream().filter(r -> r.links().contains(incident.key()))
                .findFirst().orElseThrow().key();
        assertThat(get(member).get("role").getAsString()).isEqualTo("member");

        // when: the agent answers once; Mastodon loses its answer to the 30th reply; the node stops after 60
        mastodon.loseAnswerOf(30);
        HttpResponse<String> answered = post(incident.key() + "/incident/answer",
                "{\"text\":\"We fixed the cart crash in version 5.2.1, please update the app.\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        await(Duration.ofMinutes(1), () -> mastodon.posted().size() >= 60);
        // the node stops in the middle of sending (its job ends its current run; a process killed outright would
        // leave its cluster locks to Jira's node cleanup, which the sandbox does not play)
        sandbox.host().scheduler().stop();
        sandbox.components().get(PollCycle.class).awaitIdle(Duration.ofSeconds(30));
        sandbox.host().close();
        restarted = PluginNode.start(sandbox.jsm(), ao, home.resolve("shared"), clock);
        AnswerStore answers = restarted.get(AnswerStore.class);
        long surge = restarted.get(SurgeStore.class).recent(1).get(0).id();
        for (int run = 0; run < 40 && answers.latest(surge).orElseThrow().state() != IncidentAnswer.State.DONE;
             run++) {
            clock.advance(Duration.ofMinutes(20)); // Mastodon's pace: 150 replies per 3 hours
            restarted.get(PollCycle.class).run();
            restarted.get(PollCycle.class).awaitIdle(Duration.ofSeconds(30));
        }

        // then: every customer got exactly one reply to their own post, each one personal
        IncidentAnswer done = answers.latest(surge).orElseThrow();
        assertThat(done.state()).isEqualTo(IncidentAnswer.State.DONE);
        assertThat(done.counts()).containsOnlyKeys(io.socialdesk.surge.IncidentSend.Status.SENT)
                .containsValue(COMPLAINTS);
        List<JsonObject> replies = mastodon.posted();
        Map<String, Long> perPost = replies.stream().collect(Collectors.groupingBy(
                r -> r.get("in_reply_to_id").getAsString(), Collectors.counting()));
        assertThat(perPost.keySet()).isEqualTo(Set.copyOf(complaintStatus.values()));
        assertThat(perPost.values()).allMatch(count -> count == 1);
        assertThat(replies.stream().map(r -> r.get("content").getAsString()).distinct()).hasSize(COMPLAINTS);
        assertThat(replies.get(0).get("content").getAsString()).contains("Hi Customer0, about")
                .contains("5.2.1");
    }

    private static boolean unrelated(String summary) {
        return java.util.Arrays.stream(UNRELATED).anyMatch(text -> summary.contains(text.substring(0, 15)));
    }

    private java.util.Optional<SimulatedJsm.Request> incident() {
        return sandbox.jsm().requests().stream().filter(r -> r.summary().startsWith("Surge on")).findFirst();
    }

    private long mastodonRequests() {
        return sandbox.jsm().requests().stream().filter(r -> r.summary().startsWith("Mastodon")).count();
    }

    private long linkedTo(String key) {
        return sandbox.jsm().requests().stream().filter(r -> r.links().contains(key)).count();
    }

    private JsonObject get(String key) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/history/" + key + "/incident"))
                .header("Cookie", "sandbox-user=alice").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/history/" + path))
                .header("Cookie", "sandbox-user=alice").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
