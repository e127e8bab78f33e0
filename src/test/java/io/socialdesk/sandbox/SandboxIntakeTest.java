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
    void givenTheSandboxFeed_whenTheJobRuns_thenPostsBecomeRequestsAndThreadsAndDmsMergeIntoThem() throws Exception {
        // given
        try (SandboxServer sandbox = SandboxServer.start(0, home, Clock.systemUTC());
             SandboxFeeds feeds = SandboxFeeds.start(sandbox, Clock.systemUTC(), Duration.ofMillis(150))) {
            // when
            sandbox.startPolling(Duration.ofMillis(200));
            SimulatedJsm jsm = sandbox.jsm();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && commentsOf(jsm, "@jane").size() < 2) {
                Thread.sleep(100);
            }

            // then: one request per customer; Jane's thread reply and her later post, and Yusuf's DM, merged in
            assertThat(jsm.requests()).extracting(SimulatedJsm.Request::summary).hasSize(2)
                    .anySatisfy(s -> assertThat(s).startsWith("Mastodon @jane: @acme my order #4711"))
                    .anySatisfy(s -> assertThat(s).startsWith("Mastodon @yusuf@social.example: @acme your app"));
            assertThat(String.join("\n", commentsOf(jsm, "@jane")))
                    .contains("third time I ask").contains("change the delivery address");
            assertThat(String.join("\n", commentsOf(jsm, "@yusuf")))
                    .contains("wrote privately on Mastodon").contains("my account email");
            assertThat(jsm.requests()).allSatisfy(r -> assertThat(r.reporterKey()).isEqualTo("socialdesk"));

            // and: Automation and JQL see each contact (property written, then one event per routed post)
            long eventsDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < eventsDeadline && janeRequest(jsm).events().size() < 3) {
                Thread.sleep(100);
            }
            SimulatedJsm.Request jane = janeRequest(jsm);
            assertThat(jane.events()).startsWith("SocialDesk: request created", "SocialDesk: contact merged",
                    "SocialDesk: contact merged");
            JsonObject property = JsonParser.parseString(jane.properties().get("socialdesk")).getAsJsonObject();
            assertThat(property.get("channel").getAsString()).isEqualTo("mastodon");
            assertThat(property.get("authorHandle").getAsString()).isEqualTo("jane");
            assertThat(property.get("followers").getAsLong()).isEqualTo(1234);
            assertThat(property.get("interactionCount").getAsInt()).isGreaterThanOrEqualTo(3);
            assertThat(property.get("hasPhoneContact").getAsBoolean()).isFalse();
        }
    }

    private static SimulatedJsm.Request janeRequest(SimulatedJsm jsm) {
        return jsm.requests().stream().filter(r -> r.summary().contains("@jane:")).findFirst().orElseThrow();
    }

    private static List<String> commentsOf(SimulatedJsm jsm, String handle) {
        return jsm.requests().stream().filter(r -> r.summary().contains(handle + ":") || r.summary().contains(handle))
                .flatMap(r -> r.comments().stream()).map(SimulatedJsm.Comment::body).collect(Collectors.toList());
    }
}
