package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole intake path as a newcomer sees it: fake Mastodon → poll job → routing → requests in the JSM. */
class SandboxIntakeTest {
    @TempDir
    Path home;

    @Test
    void givenTheSandboxFeeds_whenTheJobRuns_thenEachCustomersPostsAndCallsOnEveryChannelMeetInOneRequest()
            throws Exception {
        // given
        try (SandboxServer sandbox = SandboxServer.start(0, home, Clock.systemUTC());
             SandboxFeeds feeds = SandboxFeeds.start(sandbox, Clock.systemUTC(), Duration.ofMillis(800))) {
            // when
            sandbox.startPolling(Duration.ofMillis(200));
            SimulatedJsm jsm = sandbox.jsm();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline && (requestOf(jsm, "jane@customer.example").map(r -> r.comments()
                    .size()).orElse(0) < 3 || requestOf(jsm, "yusuf@example.org").map(r -> r.comments().size())
                    .orElse(0) < 3)) {
                Thread.sleep(100);
            }

            // then: one request per customer, raised on their behalf; Jane's Mastodon thread, her X post and her
            // call merged in; Yusuf's X post, Mastodon DM, X DM and voicemail too; the unknown caller's missed call
            // is a request of its own
            SimulatedJsm.Request jane = requestOf(jsm, "jane@customer.example").orElseThrow();
            assertThat(jane.summary()).startsWith("Mastodon @jane: @acme my order #4711");
            assertThat(String.join("\n", bodies(jane))).contains("third time I ask").contains("Inbound call from")
                    .contains("change the delivery address");
            assertThat(jane.comments()).filteredOn(SimulatedJsm.Comment::internal).singleElement()
                    .satisfies(c -> assertThat(c.body()).contains("agent bob"));
            SimulatedJsm.Request yusuf = requestOf(jsm, "yusuf@example.org").orElseThrow();
            assertThat(yusuf.summary()).startsWith("X @yusuf_k: @acme your app logs me out");
            assertThat(String.join("\n", bodies(yusuf))).contains("my account email").contains("charged twice");
            assertThat(jsm.requests()).anySatisfy(r -> assertThat(r.summary())
                    .isEqualTo("Missed call from +12125550199"));

            // and: Automation and JQL see each contact (property written, then one event per routed contact)
            long eventsDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < eventsDeadline && requestOf(jsm, "jane@customer.example").orElseThrow()
                    .socialDeskEvents().size() < 4) {
                Thread.sleep(100);
            }
            jane = requestOf(jsm, "jane@customer.example").orElseThrow();
            assertThat(jane.socialDeskEvents()).startsWith("SocialDesk: request created").contains("SocialDesk: call logged",
                    "SocialDesk: contact received", "SocialDesk: contact merged"); // thread reply; new X post
            JsonObject property = JsonParser.parseString(jane.properties().get("socialdesk")).getAsJsonObject();
            assertThat(property.get("interactionCount").getAsInt()).isGreaterThanOrEqualTo(3);
            assertThat(property.get("hasPhoneContact").getAsBoolean()).isTrue();
        }
    }

    private static java.util.Optional<SimulatedJsm.Request> requestOf(SimulatedJsm jsm, String reporter) {
        return jsm.requests().stream().filter(r -> r.reporterKey().equals(reporter)).findFirst();
    }

    private static List<String> bodies(SimulatedJsm.Request request) {
        return request.comments().stream().map(SimulatedJsm.Comment::body).collect(Collectors.toList());
    }
}
