package io.socialdesk.intake;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.sandbox.jsm.HostCalls;
import io.socialdesk.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What routing costs in Jira calls, counted by the simulated Jira: the routing decision reads each request at most
 * once per contact's pass, and a first attempt never looks for marks of an earlier one.
 */
class RoutingHostCallsTest {
    private final IntakeFixture node = IntakeFixture.on(TestDatabase.HSQLDB);

    @AfterEach
    void close() {
        node.close();
    }

    @Test
    void givenTwentyCustomersPostingFiveTimesEach_whenRouted_thenAtMostTwoJiraLookupsPerPostAndNoMarkerSearch() {
        // given: one request per customer, every later post merged onto it
        List<InboundPost> posts = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int customer = 0; customer < 20; customer++) {
                String id = String.valueOf(1000 + round * 20 + customer);
                posts.add(post(id, "c" + customer, "customer" + customer, "post " + id, null));
            }
        }
        node.receive(posts.toArray(InboundPost[]::new));
        HostCalls calls = node.node.host().calls();
        calls.reset();

        // when
        int routed = routeAll();

        // then
        assertThat(routed).isEqualTo(100);
        assertThat(node.jsm.requests()).hasSize(20);
        assertThat(calls.lookups()).as("Jira lookups for 100 posts: %s", calls.byMethod()).isLessThanOrEqualTo(200);
        assertThat(calls.byMethod()).as("a first attempt searches no retry marks")
                .doesNotContainKey("JsonEntityPropertyManager.query");
        assertThat(calls.byMethod().get("IssueManager.getIssueObject")).as("each request read once per pass")
                .isLessThanOrEqualTo(20);
    }

    @Test
    void givenTwentyLinkedCustomersWithPortalRequests_whenEachPostsFiveTimes_thenTheyLandThereAtTwoLookupsAPostAtMost() {
        // given: each customer raised a request in the portal, and an agent linked their Mastodon account to them
        List<String> portalKeys = new ArrayList<>();
        for (int customer = 0; customer < 20; customer++) {
            String key = "customer" + customer + "@example.org";
            node.jsm.addUser(new SimulatedJsm.User(key, "Customer " + customer, key, false, false));
            portalKeys.add(node.jsm.createRequest("Refund missing for order " + (7000 + customer),
                    "I returned the jacket from order " + (7000 + customer) + " two weeks ago, no refund yet.", key,
                    3).key());
            long contact = node.contacts.identify(new IdentityRef(ChannelKind.fromKey("mastodon").orElseThrow(),
                    "mastodon.example", "c" + customer), new Author("c" + customer, "customer" + customer, "",
                    OptionalLong.empty(), Optional.empty())).id();
            node.contacts.linkCustomer(contact, key);
        }
        List<InboundPost> posts = new ArrayList<>();
        for (int customer = 0; customer < 20; customer++) {
            posts.add(post(String.valueOf(2000 + customer), "c" + customer, "customer" + customer,
                    "@acme my ticket " + portalKeys.get(customer) + " is open for two weeks", null));
        }
        for (int round = 1; round < 5; round++) {
            for (int customer = 0; customer < 20; customer++) {
                String id = String.valueOf(2000 + round * 20 + customer);
                posts.add(post(id, "c" + customer, "customer" + customer, round % 2 == 0 ? "any update??"
                        : "still no refund for the jacket I returned", null));
            }
        }
        node.receive(posts.toArray(InboundPost[]::new));
        HostCalls calls = node.node.host().calls();
        calls.reset();

        // when
        int routed = routeAll();

        // then: no new request; every post on its customer's portal request; Jira asked once per customer's pass
        assertThat(routed).isEqualTo(100);
        assertThat(node.jsm.requests()).hasSize(20);
        for (String key : portalKeys) {
            assertThat(node.jsm.request(key).orElseThrow().comments()).hasSize(5);
            assertThat(node.jsm.request(key).orElseThrow().properties().get("socialdesk")).contains("\"matchedBy\"");
        }
        assertThat(calls.lookups()).as("Jira lookups for 100 posts: %s", calls.byMethod()).isLessThanOrEqualTo(200);
        assertThat(calls.byMethod().get("ServiceDeskCustomerRequestService.getCustomerRequests"))
                .as("one list per customer and pass").isLessThanOrEqualTo(20);
    }

    @Test
    void givenCustomersWithThirtyOpenRequestsEach_whenEachPostsAgain_thenAtMostTwoJiraLookupsAPost() {
        // given: ten customers, each with 30 open requests their earlier contacts are on (a long history)
        List<InboundPost> firsts = new ArrayList<>();
        for (int customer = 0; customer < 10; customer++) {
            firsts.add(post(String.valueOf(3000 + customer), "h" + customer, "history" + customer,
                    "@acme my order #" + (8000 + customer) + " never came", null));
        }
        node.receive(firsts.toArray(InboundPost[]::new));
        routeAll();
        long now = node.clock.millis();
        int n = 0;
        for (io.socialdesk.store.InteractionEntity first : node.ao.find(io.socialdesk.store.InteractionEntity.class,
                net.java.ao.Query.select().where("ISSUE_ID IS NOT NULL"))) {
            for (int request = 1; request < 30; request++) {
                long issue = node.jsm.createRequest("earlier matter " + request, "about something else " + request,
                        "socialdesk", 1).id();
                java.util.Map<String, Object> row = new java.util.HashMap<>();
                row.put("DEDUPE_KEY", "earlier:" + (++n));
                row.put("ACCOUNT_ID", first.getAccountId());
                row.put("CHANNEL", first.getChannel());
                row.put("EXTERNAL_ID", "earlier" + n);
                row.put("DIRECTION", "INBOUND");
                row.put("KIND", "MENTION");
                row.put("OCCURRED_AT", now - n * 60_000L);
                row.put("RECEIVED_AT", now - n * 60_000L);
                row.put("STATUS", "ROUTED");
                row.put("OUTCOME", "MERGED");
                row.put("CONTACT_ID", first.getContactId());
                row.put("ISSUE_ID", issue);
                node.ao.create(io.socialdesk.store.InteractionEntity.class, row);
            }
        }
        List<InboundPost> again = new ArrayList<>();
        for (int customer = 0; customer < 10; customer++) {
            again.add(post(String.valueOf(3100 + customer), "h" + customer, "history" + customer,
                    "still waiting, anyone there?", null));
        }
        node.receive(again.toArray(InboundPost[]::new));
        HostCalls calls = node.node.host().calls();
        calls.reset();

        // when
        int routed = routeAll();

        // then: the customer's recent requests are read together, and each project's desk once per pass
        assertThat(routed).isEqualTo(10);
        assertThat(calls.lookups()).as("Jira lookups for 10 posts: %s", calls.byMethod()).isLessThanOrEqualTo(20);
    }

    /** Routes until nothing is pending; answers how many were routed. */
    private int routeAll() {
        int routed = 0;
        for (int done = node.router().routePending(node.account); done > 0;
                done = node.router().routePending(node.account)) {
            routed += done;
        }
        return routed;
    }
}
