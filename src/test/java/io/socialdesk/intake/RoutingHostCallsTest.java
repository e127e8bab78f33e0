package io.socialdesk.intake;

import static io.socialdesk.intake.IntakeFixture.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.InboundPost;
import io.socialdesk.sandbox.jsm.HostCalls;
import io.socialdesk.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
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
        int routed = 0;
        for (int done = node.router().routePending(node.account); done > 0;
                done = node.router().routePending(node.account)) {
            routed += done;
        }

        // then
        assertThat(routed).isEqualTo(100);
        assertThat(node.jsm.requests()).hasSize(20);
        assertThat(calls.lookups()).as("Jira lookups for 100 posts: %s", calls.byMethod()).isLessThanOrEqualTo(200);
        assertThat(calls.byMethod()).as("a first attempt searches no retry marks")
                .doesNotContainKey("JsonEntityPropertyManager.query");
        assertThat(calls.byMethod().get("IssueManager.getIssueObject")).as("each request read once per pass")
                .isLessThanOrEqualTo(20);
    }
}
