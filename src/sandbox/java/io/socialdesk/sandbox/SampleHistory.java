package io.socialdesk.sandbox;

import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.FakeX;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The last few days of a desk, played through the real pipeline at start so the insights are worth a look: every
 * few hours customers tweet, toot and call, others raise requests on the portal, and agents answer — social contacts
 * within the hour, portal requests after a few hours — with the clock set back while it plays.
 */
final class SampleHistory {
    static final int DAYS = 3;
    private static final String[] TOPICS = {"my order %d has not arrived", "I was charged twice for order %d",
        "the app logs me out, account %d", "can I change the address for order %d?", "thank you for the quick help "
        + "with order %d!"};

    private final SandboxServer sandbox;
    private final SandboxFeeds feeds;
    private final ShiftedClock clock;
    private int next;

    private SampleHistory(SandboxServer sandbox, SandboxFeeds feeds, ShiftedClock clock) {
        this.sandbox = sandbox;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** Plays the history from {@value #DAYS} days ago to an hour ago, then puts the clock back to now. */
    static void play(SandboxServer sandbox, SandboxFeeds feeds, ShiftedClock clock) throws InterruptedException {
        new SampleHistory(sandbox, feeds, clock).play();
        clock.present();
    }

    private void play() throws InterruptedException {
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        SimulatedJsm jsm = sandbox.jsm();
        for (int day = DAYS; day >= 1; day--) {
            for (int hour = 9; hour <= 17; hour += 4) {
                clock.moveTo(today.minus(Duration.ofDays(day)).plus(Duration.ofHours(hour)));
                java.util.Set<String> before = keys(jsm);
                List<String> portal = new ArrayList<>();
                feeds.x().mention(new FakeX.User("88" + next, "x_customer_" + next, "X Customer " + next, 50),
                        text(), null);
                next++;
                feeds.mastodon().post(new FakeMastodon.Account("77" + next, "fedi_" + next, "Fedi Customer " + next,
                        80), text(), null, false);
                next++;
                feeds.telephony().call("+1 415 555 " + (1000 + next), "answered", Duration.ofSeconds(120 + next),
                        ",\"agent\":\"bob\"");
                next++;
                String customer = "portal" + next + "@customer.example";
                jsm.addUser(new SimulatedJsm.User(customer, "Portal Customer " + next, customer, false, false));
                portal.add(jsm.createRequest(String.format(TOPICS[next % TOPICS.length], 4000 + next),
                        "Raised on the portal.", customer, 1, "portal").key());
                next++;
                // the tweet and the toot each raise a request (the call, from an unknown number, is logged only)
                List<String> social = awaitNewRequests(jsm, before, 2 + portal.size(), portal);
                clock.moveTo(clock.instant().plus(Duration.ofMinutes(15 + next % 30)));
                social.forEach(key -> jsm.addComment(key, "alice", "Thanks for getting in touch, we are on it.",
                        false));
                clock.moveTo(clock.instant().plus(Duration.ofMinutes(150 + next % 60)));
                portal.forEach(key -> jsm.addComment(key, "bob", "Sorry for the wait, this is sorted now.", false));
            }
        }
    }

    private String text() {
        return String.format(TOPICS[next % TOPICS.length], 4000 + next);
    }

    private static java.util.Set<String> keys(SimulatedJsm jsm) {
        return jsm.requests().stream().map(SimulatedJsm.Request::key)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The requests SocialDesk raised for this slot's posts, once routed (at most 10 s). */
    private static List<String> awaitNewRequests(SimulatedJsm jsm, java.util.Set<String> before, int expected,
                                                 List<String> portal) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (keys(jsm).size() < before.size() + expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return keys(jsm).stream().filter(key -> !before.contains(key) && !portal.contains(key)).sorted().toList();
    }
}
