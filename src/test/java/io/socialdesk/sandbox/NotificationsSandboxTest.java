package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.admin.Settings;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What customers and the desk receive, end to end through the real jira adapters and the simulated Jira's
 * notifications (JSM's customer notifications, Jira's internal ones, by the documented rules). Each test is a row of
 * the table in docs/architecture.md (*Notifications: who receives what*).
 */
class NotificationsSandboxTest {
    private static final String JANE = "jane@customer.example";
    private static final FakeMastodon.Account STRANGER = new FakeMastodon.Account("777", "stranger", "Stranger", 5);

    @RegisterExtension
    final RunningSandbox running = RunningSandbox.polling();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void names() {
        sandbox = running.server();
        feeds = running.feeds();
    }

    @Test
    void givenALinkedCustomersThreadOfThreePosts_whenAnAgentRepliesOnce_thenSheIsSentNothingAndGetsTheReplyOnceOnMastodon()
            throws Exception {
        // given: Jane (linked to her Jira customer account) posts, then twice more in the same thread
        SimulatedJsm.Request request = janesThread();

        // when
        HttpResponse<String> reply = reply(request.key(), "Your parcel left our warehouse today.");

        // then: raised and written as Jane, so JSM sends her nothing of her own; the reply reaches her once, in kind
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        assertThat(after.reporterKey()).isEqualTo(JANE);
        assertThat(after.comments()).hasSize(3);
        assertThat(after.comments().subList(0, 2)).allSatisfy(c -> {
            assertThat(c.authorKey()).isEqualTo(JANE);
            assertThat(c.internal()).isFalse();
        });
        assertThat(after.comments().get(2).internal()).isTrue();
        assertThat(notificationsTo(JANE, after)).isEmpty();
        assertThat(feeds.mastodon().posted()).hasSize(1);
    }

    @Test
    void givenADeskThatAlsoShowsRepliesInThePortal_whenAnAgentReplies_thenTheCustomerIsNotifiedOfTheReplyOnly()
            throws Exception {
        // given
        deliver(new DeliverySettings(Set.of(sandbox.jsm().serviceDesk().id()), ""));
        SimulatedJsm.Request request = janesThread();

        // when
        reply(request.key(), "Your parcel left our warehouse today.");

        // then: one customer notification, about the reply's public comment, and the reply once on Mastodon
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        SimulatedJsm.Comment replyComment = after.comments().get(after.comments().size() - 1);
        assertThat(replyComment.internal()).isFalse();
        assertThat(notificationsTo(JANE, after)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("customer");
            assertThat(n.event()).isEqualTo("commented");
            assertThat(n.commentId()).contains(replyComment.id());
        });
        assertThat(feeds.mastodon().posted()).hasSize(1);
    }

    @Test
    void givenAnUnknownAuthorsTwoPosts_whenAnAgentReplies_thenNoPersonsAccountReceivesAnything() throws Exception {
        // given: replies shown in the portal too, so the dedicated intake account (the reporter) is notified
        deliver(new DeliverySettings(Set.of(sandbox.jsm().serviceDesk().id()), ""));
        String first = feeds.mastodon().post(STRANGER, "@acme my order never arrived", null, false);
        await(() -> sandbox.jsm().requests().size() == 1);
        SimulatedJsm.Request request = sandbox.jsm().requests().get(0);
        feeds.mastodon().post(STRANGER, "@acme still nothing, order number 55123", first, false);
        await(() -> sandbox.jsm().request(request.key()).orElseThrow().comments().size() == 1);

        // when
        reply(request.key(), "Sorry about that, we are checking with the courier.");

        // then
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        assertThat(after.reporterKey()).isEqualTo("socialdesk");
        assertThat(after.notifications()).isNotEmpty()
                .allSatisfy(n -> assertThat(sandbox.jsm().person(n.recipient())).as(n.recipient()).isFalse());
    }

    @Test
    void givenACustomerWhoTurnedTheRequestsNotificationsOff_whenAgentsReplyAndResolveIt_thenOnlyTheResolutionReachesHer()
            throws Exception {
        // given
        deliver(new DeliverySettings(Set.of(sandbox.jsm().serviceDesk().id()), ""));
        SimulatedJsm.Request request = janesThread();
        sandbox.jsm().muteNotifications(request.key(), JANE);

        // when
        reply(request.key(), "Your parcel left our warehouse today.");
        sandbox.jsm().addComment(request.key(), "bob", "Courier confirmed delivery.", false);
        sandbox.jsm().transition(request.key(), "Resolved", true, "bob");

        // then
        assertThat(notificationsTo(JANE, sandbox.jsm().request(request.key()).orElseThrow()))
                .extracting(SimulatedJsm.Notification::event).containsExactly("resolved");
    }

    @Test
    void givenJanesOpenRequest_whenSheCalls_thenTheCallIsAnInternalNoteAndNoCustomerHearsOfIt() throws Exception {
        // given
        SimulatedJsm.Request request = janesThread();
        int before = sandbox.jsm().request(request.key()).orElseThrow().notifications().size();

        // when
        int status = feeds.telephony().call("+1 (415) 555-0100", "answered", Duration.ofSeconds(40),
                ",\"customerEmail\":\"" + JANE + "\",\"callerName\":\"Jane Customer\"");

        // then
        assertThat(status).isEqualTo(200);
        await(() -> sandbox.jsm().request(request.key()).orElseThrow().comments().size() == 3);
        SimulatedJsm.Request after = sandbox.jsm().request(request.key()).orElseThrow();
        assertThat(after.comments().get(2).internal()).isTrue();
        assertThat(after.notifications().subList(before, after.notifications().size()))
                .noneMatch(n -> n.kind().equals("customer"));
    }

    @Test
    void givenAPostMovedBetweenTwoOfJanesRequests_whenMoved_thenSheIsNotNotifiedAgain() throws Exception {
        // given: two requests of Jane's; the thread's third post landed on the first
        SimulatedJsm.Request other = sandbox.jsm().createRequest("Invoice address wrong", "Please fix it.", JANE, 3);
        SimulatedJsm.Request request = janesThread();
        long moved = lastInteractionOn(request.key());

        // when
        HttpResponse<String> move = send("POST", "history/" + request.key() + "/routing/contacts/" + moved + "/move",
                "{\"target\":\"" + other.key() + "\"}");

        // then
        assertThat(move.statusCode()).as(move.body()).isEqualTo(200);
        SimulatedJsm.Request target = sandbox.jsm().request(other.key()).orElseThrow();
        assertThat(target.comments()).singleElement().satisfies(c -> assertThat(c.authorKey()).isEqualTo(JANE));
        assertThat(notificationsTo(JANE, target)).isEmpty();
        assertThat(notificationsTo(JANE, sandbox.jsm().request(request.key()).orElseThrow())).isEmpty();
    }

    @Test
    void givenAcknowledgementsOn_whenPostsMakeRequests_thenEachRequestIsAcknowledgedOnceWithALinkOnlyForPortalCustomers()
            throws Exception {
        // given
        deliver(new DeliverySettings(Set.of(), "We've opened [key] for you and will reply here."));

        // when: Jane (portal account) posts twice in one thread; a stranger posts once
        SimulatedJsm.Request janes = janesThread();
        feeds.mastodon().post(STRANGER, "@acme is the shop open on Sunday?", null, false);
        await(() -> sandbox.jsm().requests().size() == 2);
        await(() -> feeds.mastodon().posted().size() == 2);
        Thread.sleep(500); // a few more runs of the job: nothing else is sent

        // then
        List<JsonObject> posted = feeds.mastodon().posted();
        assertThat(posted).hasSize(2);
        String strangers = sandbox.jsm().requests().stream().filter(r -> !r.key().equals(janes.key())).findFirst()
                .orElseThrow().key();
        assertThat(posted).anySatisfy(p -> assertThat(p.get("content").getAsString())
                .contains("We've opened " + janes.key() + " for you").contains("/browse/" + janes.key()));
        assertThat(posted).anySatisfy(p -> assertThat(p.get("content").getAsString())
                .contains("We've opened " + strangers + " for you").doesNotContain("http"));
        assertThat(notificationsTo(JANE, sandbox.jsm().request(janes.key()).orElseThrow())).isEmpty();
    }

    /** Jane's post and two replies in its thread: one request, her two later posts on it. */
    private SimulatedJsm.Request janesThread() throws Exception {
        String first = feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "@acme my parcel 88412 is late", null,
                false);
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.summary().contains("88412")));
        SimulatedJsm.Request request = sandbox.jsm().requests().stream()
                .filter(r -> r.summary().contains("88412")).findFirst().orElseThrow();
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "@acme any news on it?", first, false);
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "@acme it has been a week now", first, false);
        await(() -> sandbox.jsm().request(request.key()).orElseThrow().comments().stream()
                .filter(c -> c.authorKey().equals(JANE)).count() == 2);
        return sandbox.jsm().request(request.key()).orElseThrow();
    }

    private List<SimulatedJsm.Notification> notificationsTo(String user, SimulatedJsm.Request request) {
        return request.notifications().stream().filter(n -> n.recipient().equals(user)).toList();
    }

    private void deliver(DeliverySettings delivery) {
        SettingsStore settings = sandbox.components().get(SettingsStore.class);
        Settings current = settings.read();
        settings.save(new Settings(current.routing(), current.defaultRegion(), current.retentionMonths(),
                current.customerNumberPattern(), current.surge(), current.viral(), delivery));
    }

    /** The interaction of the request's newest SocialDesk comment, from the comment's own property. */
    private long lastInteractionOn(String key) {
        List<SimulatedJsm.Comment> comments = sandbox.jsm().request(key).orElseThrow().comments();
        return comments.get(comments.size() - 1).properties().entrySet().stream()
                .filter(e -> e.getKey().startsWith("io.socialdesk.comment."))
                .map(e -> com.google.gson.JsonParser.parseString(e.getValue()).getAsJsonObject()
                        .get("interactionId").getAsLong())
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> reply(String key, String text) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        return send("POST", "history/" + key + "/reply", body.toString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return running.api("alice", method, path, body);
    }
}
