package io.socialdesk.sandbox;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.AccountHealth;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.testing.FakeHttpServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's shortcuts (a post makes its account due at once) never defeat another account's backoff. */
class SandboxBackoffTest {
    @TempDir
    Path home;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private final FakeHttpServer down = new FakeHttpServer().reply(json(503, "{\"error\":\"down for maintenance\"}"));

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        down.close();
        feeds.close();
        sandbox.close();
    }

    @Test
    void givenAnAccountWhoseServerIsDown_whenTheFakeNetworksKeepPosting_thenItBacksOffInsteadOfBeingRetriedEachTime()
            throws Exception {
        // given
        long broken = account();
        sandbox.startPolling(Duration.ofMillis(100));

        // when: a customer posts on the healthy fake Mastodon every 100 ms for 3 s
        for (int i = 0; i < 30; i++) {
            feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "still there? " + i, null, false);
            Thread.sleep(100);
        }

        // then: the broken account was tried once and now waits about twice its interval (30 s ± 20 %)
        assertThat(down.requests()).hasSize(1);
        AccountHealth health = sandbox.components().get(ChannelAccounts.class).byId(broken).orElseThrow().health();
        assertThat(health.consecutiveFailures()).isEqualTo(1);
        assertThat(Duration.between(health.lastPollAt().orElseThrow(), health.nextPollAt()).toSeconds())
                .isBetween(23L, 37L);
        assertThat(feeds.mastodon().requestCount()).as("the healthy account kept being polled").isGreaterThan(5);
    }

    private long account() {
        JsonObject form = new JsonObject();
        form.addProperty("kind", "mastodon");
        form.addProperty("name", "broken instance");
        form.addProperty("apiBaseUrl", down.baseUrl().toString());
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        form.addProperty("pollSeconds", 15);
        JsonObject credentials = new JsonObject();
        credentials.addProperty("accessToken", "t");
        form.add("credentials", credentials);
        return ((ChannelAccountAdmin.Saved) sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk")).account().id();
    }
}
