package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;

import io.socialdesk.sandbox.feeds.FakeX;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Desks the insights tests build on a running sandbox, through its real channels and its simulated JSM. */
public final class InsightsScenarios {
    private InsightsScenarios() {
    }

    /**
     * Five customers tweet and five others raise the same kind of request on the portal, all at once; an agent answers
     * each tweet with a public comment after 30 minutes and each portal request after 5 hours: the SLA's first
     * response is 10 times faster for X. Answers the portal requests' keys.
     */
    public static List<String> portalAnsweredTenTimesSlowerThanX(SandboxServer sandbox, SandboxFeeds feeds,
                                                                 MutableClock clock) throws InterruptedException {
        SimulatedJsm jsm = sandbox.jsm();
        for (int i = 0; i < 5; i++) {
            feeds.x().mention(new FakeX.User("710" + i, "customer_" + i, "Customer " + i, 10),
                    "@acme order 55" + i + " arrived broken", null);
        }
        await(() -> jsm.requests().size() == 5);
        List<String> tweeted = jsm.requests().stream().map(SimulatedJsm.Request::key).toList();
        int type = jsm.requests().get(0).requestTypeId();
        List<String> portal = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String customer = "portal" + i + "@customer.example";
            jsm.addUser(new SimulatedJsm.User(customer, "Portal Customer " + i, customer, false, false));
            portal.add(jsm.createRequest("Order 66" + i + " arrived broken", "The box was crushed.", customer, type,
                    "portal").key());
        }
        clock.advance(Duration.ofMinutes(30));
        tweeted.forEach(key -> jsm.addComment(key, "alice", "Sorry about that, a new one is on its way.", false));
        clock.advance(Duration.ofMinutes(270));
        portal.forEach(key -> jsm.addComment(key, "alice", "Sorry about that, a new one is on its way.", false));
        return portal;
    }
}
