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
    private static final String JANE_ORDER = "Mastodon @jane: @acme my order #4711";
    private static final String YUSUF_APP = "X @yusuf_k: @acme your app logs me out";
    private static final String YUSUF_BILLING = "X @yusuf_k: and I was charged twice";
    // (X mentions read "@acme ..."; a direct message has no mention)

    @TempDir
    Path home;

    @Test
    void givenTheSandboxFeeds_whenTheJobRuns_thenEachCustomersContactsOnEveryChannelMeetOnTheRequestOfTheirSubject()
            throws Exception {
        // given
        try (SandboxServer sandbox = SandboxServer.start(0, home, Clock.systemUTC());
             SandboxFeeds feeds = SandboxFeeds.start(sandbox, Clock.systemUTC(), Duration.ofMillis(800))) {
            // when
            sandbox.startPolling(Duration.ofMillis(200));
            SimulatedJsm jsm = sandbox.jsm();
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline && (requestStarting(jsm, JANE_ORDER).map(r -> r.comments().size())
                    .orElse(0) < 4 || requestStarting(jsm, YUSUF_APP).map(r -> r.comments().size()).orElse(0) < 1
                    || requestStarting(jsm, YUSUF_BILLING).map(r -> r.comments().size()).orElse(0) < 1)) {
                Thread.sleep(100);
            }

            // then: Jane's order request, raised on her behalf, holds her Mastodon thread, her call (noted on her
            // most recently updated request) and her Bluesky and Messenger posts about the same order; her X
            // question about the delivery address is a request of its own. Yusuf's logouts (X, then a Mastodon DM
            // on the same) are one request, his double charge another, where his voicemail is noted. The unknown
            // caller's missed call is a request of its own.
            SimulatedJsm.Request jane = requestStarting(jsm, JANE_ORDER).orElseThrow();
            assertThat(jane.reporterKey()).isEqualTo("jane@customer.example");
            assertThat(String.join("\n", bodies(jane))).contains("third time I ask").contains("Inbound call from")
                    .contains("anyone reading Bluesky").contains("I wrote on Mastodon about order");
            assertThat(jane.comments()).filteredOn(SimulatedJsm.Comment::internal).singleElement()
                    .satisfies(c -> assertThat(c.body()).contains("agent bob"));
            assertThat(jsm.requests()).as("Jane's other subject").anySatisfy(r -> {
                assertThat(r.summary()).startsWith("X @jane_c:").contains("change the delivery address");
                assertThat(r.reporterKey()).isEqualTo("jane@customer.example");
            });
            SimulatedJsm.Request yusuf = requestStarting(jsm, YUSUF_APP).orElseThrow();
            assertThat(yusuf.reporterKey()).isEqualTo("yusuf@example.org");
            assertThat(String.join("\n", bodies(yusuf))).contains("my account email");
            assertThat(String.join("\n", bodies(requestStarting(jsm, YUSUF_BILLING).orElseThrow())))
                    .contains("voicemail");
            assertThat(jsm.requests()).anySatisfy(r -> assertThat(r.summary())
                    .isEqualTo("Missed call from +12125550199"));

            // and: Automation and JQL see each contact (property written, then one event per routed contact)
            long eventsDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < eventsDeadline && requestStarting(jsm, JANE_ORDER).orElseThrow()
                    .socialDeskEvents().size() < 4) {
                Thread.sleep(100);
            }
            jane = requestStarting(jsm, JANE_ORDER).orElseThrow();
            assertThat(jane.socialDeskEvents()).startsWith("SocialDesk: request created").contains("SocialDesk: call logged",
                    "SocialDesk: contact received", "SocialDesk: contact merged"); // thread reply; Bluesky post
            JsonObject property = JsonParser.parseString(jane.properties().get("socialdesk")).getAsJsonObject();
            assertThat(property.get("interactionCount").getAsInt()).isGreaterThanOrEqualTo(3);
            assertThat(property.get("hasPhoneContact").getAsBoolean()).isTrue();

            // and: a newcomer's photos arrive as links with their descriptions, a quote with what it quotes
            long mediaDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < mediaDeadline && (requestStarting(jsm, "Mastodon @kim: @acme my parcel").isEmpty()
                    || requestStarting(jsm, "Mastodon @kim: and since this update").isEmpty())) {
                Thread.sleep(100);
            }
            assertThat(requestStarting(jsm, "Mastodon @kim: @acme my parcel").orElseThrow().description())
                    .contains("[Image 1|").contains("— The box, crushed on one side").contains("[Image 2|");
            assertThat(requestStarting(jsm, "Mastodon @kim: and since this update").orElseThrow().description())
                    .contains("_Quoting \\@acme:_ " + io.socialdesk.sandbox.feeds.FakeMastodon.ANNOUNCEMENT);
        }
    }

    private static java.util.Optional<SimulatedJsm.Request> requestStarting(SimulatedJsm jsm, String summary) {
        return jsm.requests().stream().filter(r -> r.summary().startsWith(summary)).findFirst();
    }

    private static List<String> bodies(SimulatedJsm.Request request) {
        return request.comments().stream().map(SimulatedJsm.Comment::body).collect(Collectors.toList());
    }
}
