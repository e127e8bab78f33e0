package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The insights API on the sandbox: counts from the running job, for the desk's agents only, strict parameters. */
class InsightsApiTest {
    @RegisterExtension
    final RunningSandbox running = RunningSandbox.polling();

    @Test
    void givenAPostOnTheDesk_whenAnAgentAsksForTheHourlyInsights_thenItIsCountedUnderItsChannelWithinAMinute()
            throws Exception {
        // given
        running.feeds().mastodon().post(SandboxFeeds.JANE_MASTODON, "my parcel 5512 is late again", null, false);

        // when / then: the job counts it after routing it
        await(() -> total(hourly()) >= 1);
        JsonObject insights = JsonParser.parseString(running.api("alice", "GET", "insights?project=CS&bucket=hour",
                null).body()).getAsJsonObject();
        assertThat(insights.get("project").getAsString()).isEqualTo("CS");
        assertThat(insights.getAsJsonArray("channels").toString()).contains("mastodon");
        assertThat(insights.getAsJsonArray("volume").size()).isBetween(168, 169);
        assertThat(insights.getAsJsonArray("mix").size()).isEqualTo(insights.getAsJsonArray("volume").size());
    }

    @Test
    void givenWrongCallersAndParameters_whenAsking_thenCustomersAndStrangersFindNoDeskAndBadParametersAreNamed()
            throws Exception {
        HttpResponse<String> customer = running.api("jane@customer.example", "GET", "insights?project=CS", null);
        HttpResponse<String> anonymous = running.api("anonymous", "GET", "insights?project=CS", null);
        HttpResponse<String> unknown = running.api("alice", "GET", "insights?project=NOPE", null);
        HttpResponse<String> bucket = running.api("alice", "GET", "insights?project=CS&bucket=month", null);
        HttpResponse<String> noProject = running.api("alice", "GET", "insights", null);

        // a portal customer holds no Jira licence: refused before any project is looked at
        assertThat(customer.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"field\":\"project\"");
        assertThat(bucket.statusCode()).isEqualTo(400);
        assertThat(bucket.body()).contains("\"field\":\"bucket\"");
        assertThat(noProject.statusCode()).isEqualTo(400);
        assertThat(noProject.body()).contains("\"field\":\"project\"");
    }

    private HttpResponse<String> hourly() {
        try {
            return running.api("alice", "GET", "insights?project=CS&bucket=hour", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int total(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return 0;
        }
        int total = 0;
        for (var bucket : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("volume")) {
            total += bucket.getAsJsonObject().get("total").getAsInt();
        }
        return total;
    }
}
