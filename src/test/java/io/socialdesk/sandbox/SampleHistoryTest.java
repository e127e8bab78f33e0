package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's first start plays the last days of a desk through the real pipeline, so the insights page has history
 * and something to say about equal treatment before anyone posts.
 */
class SampleHistoryTest {
    @TempDir
    Path home;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void givenAFreshSandbox_whenItsHistoryHasPlayed_thenTheInsightsShowThreeDaysAndTheSlowPortal() throws Exception {
        // given
        ShiftedClock clock = new ShiftedClock(Duration.ofDays(SampleHistory.DAYS + 1).negated());
        try (SandboxServer sandbox = SandboxServer.start(0, home, clock);
             SandboxFeeds feeds = SandboxFeeds.connect(sandbox, clock)) {
            sandbox.startPolling(Duration.ofMillis(100));

            // when
            SampleHistory.play(sandbox, feeds, clock);

            // then: the clock is back to now; each of the last three days has contacts, and the portal is slower
            assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
            await(() -> insights(sandbox).getAsJsonObject("equalTreatment").getAsJsonArray("unequal").size() > 0);
            JsonObject insights = insights(sandbox);
            long daysWithContacts = insights.getAsJsonArray("volume").asList().stream()
                    .filter(day -> day.getAsJsonObject().get("total").getAsInt() > 0).count();
            assertThat(daysWithContacts).isGreaterThanOrEqualTo(SampleHistory.DAYS);
            assertThat(insights.getAsJsonObject("equalTreatment").getAsJsonArray("unequal").asList())
                    .map(finding -> finding.getAsJsonObject().get("slower").getAsString()).contains("portal");
        }
    }

    private JsonObject insights(SandboxServer sandbox) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                            .resolve("rest/socialdesk/1.0/insights?project=CS&bucket=day"))
                    .header("Cookie", "sandbox-user=alice").GET().build(), HttpResponse.BodyHandlers.ofString());
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
