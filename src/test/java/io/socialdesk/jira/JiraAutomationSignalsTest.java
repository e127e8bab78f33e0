package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.automation.IssueSignal;
import io.socialdesk.automation.SocialContactEvent;
import io.socialdesk.automation.SocialEventType;
import io.socialdesk.automation.ViralSignal;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraAutomationSignalsTest {
    private final HostFixture host = new HostFixture();
    private final JiraAutomationSignals signals = host.get(JiraAutomationSignals.class);
    private final SimulatedJsm.Request request = host.jsm.createRequest("Order late", "?", "jane@customer.example", 1);

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Test
    void givenASignal_whenPublished_thenThePropertyIsWrittenBeforeTheEventFiresAndOtherAppsHearIt() {
        // when
        signals.publish(signal(request.id(), SocialEventType.CONTACT_MERGED, "socialdesk"));

        // then
        SimulatedJsm.Request after = host.jsm.requestById(request.id()).orElseThrow();
        JsonObject property = JsonParser.parseString(after.properties().get("socialdesk")).getAsJsonObject();
        assertThat(property.get("channel").getAsString()).isEqualTo("mastodon");
        assertThat(property.get("followers").getAsLong()).isEqualTo(12_000);
        assertThat(property.get("interactionCount").getAsInt()).isEqualTo(3);
        assertThat(property.get("intent").getAsString()).isEqualTo("complaint");
        assertThat(property.get("tier").getAsString()).isEqualTo("influential");
        assertThat(property.get("language").getAsString()).isEqualTo("en");
        assertThat(property.get("mood").getAsString()).isIn("negative", "neutral");
        assertThat(after.socialDeskEvents()).containsExactly("SocialDesk: contact merged");
        assertThat(host.node.host().publishedEvents()).singleElement().isEqualTo(
                new SocialContactEvent("CONTACT_MERGED", request.id(), "mastodon", "jane"));
    }

    @Test
    void givenADeletedRequestOrARemovedIntakeUser_whenPublishing_thenNothingIsWrittenOrFired() {
        // when
        signals.publish(signal(999_999, SocialEventType.REQUEST_CREATED, "socialdesk"));
        signals.publish(signal(request.id(), SocialEventType.REQUEST_CREATED, "ghost"));

        // then
        assertThat(host.jsm.requestById(request.id()).orElseThrow().properties()).doesNotContainKey("socialdesk");
        assertThat(host.jsm.requestById(request.id()).orElseThrow().socialDeskEvents()).isEmpty();
    }

    @Test
    void givenAViralRisk_whenSignalled_thenItsOwnPropertyIsWrittenBesideTheContactPropertyAndTheEventFires() {
        // given
        signals.publish(signal(request.id(), SocialEventType.REQUEST_CREATED, "socialdesk"));

        // when
        signals.viral(new ViralSignal(request.id(), MastodonChannel.KIND, "jane", OptionalLong.of(150),
                new Engagement(20, 2, 40, 5), 50, java.util.Optional.of(java.net.URI.create(
                        "https://mastodon.example/@jane/1")), Instant.parse("2026-11-22T11:00:00Z"), "socialdesk"));
        signals.publish(signal(request.id(), SocialEventType.CONTACT_RECEIVED, "socialdesk"));

        // then: a later contact rewrites its own property and leaves the viral one alone
        SimulatedJsm.Request after = host.jsm.requestById(request.id()).orElseThrow();
        JsonObject viral = JsonParser.parseString(after.properties().get("socialdeskViral")).getAsJsonObject();
        assertThat(viral.get("risk").getAsString()).isEqualTo("yes");
        assertThat(viral.get("spread").getAsLong()).isEqualTo(62);
        assertThat(viral.get("threshold").getAsLong()).isEqualTo(50);
        assertThat(viral.get("postUrl").getAsString()).isEqualTo("https://mastodon.example/@jane/1");
        assertThat(after.properties()).containsKey("socialdesk");
        assertThat(after.socialDeskEvents()).containsExactly("SocialDesk: request created",
                "SocialDesk: viral risk", "SocialDesk: contact received");
        assertThat(host.node.host().publishedEvents()).contains(
                new SocialContactEvent("VIRAL_RISK", request.id(), "mastodon", "jane"));
    }

    private static IssueSignal signal(long issueId, SocialEventType event, String actor) {
        return new IssueSignal(issueId, event, MastodonChannel.KIND, "jane", OptionalLong.of(12_000), 3,
                Instant.parse("2026-11-22T10:00:00Z"), false, actor, java.util.Optional.of(
                        io.socialdesk.triage.PostTriage.of("my parcel is late", java.util.Optional.of("en"),
                                OptionalLong.of(12_000))), java.util.Optional.of("topic"));
    }
}
