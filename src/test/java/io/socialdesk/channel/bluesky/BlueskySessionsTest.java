package io.socialdesk.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.sandbox.feeds.FakeBluesky;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A node runs for months while accounts come and go: the session cache holds only the accounts in use. */
class BlueskySessionsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));

    @Test
    void givenAnAccountNoLongerPolled_whenAnotherIsUsedADayLater_thenTheStaleSessionIsDropped() {
        try (FakeBluesky kept = new FakeBluesky("acme.bsky.social", "aaaa-bbbb-cccc-dddd", clock);
             FakeBluesky removed = new FakeBluesky("old.bsky.social", "eeee-ffff-gggg-hhhh", clock);
             HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(2), AddressGuard.ANY_HOST)) {
            // given: both accounts logged in; then one is removed and only the other is polled
            BlueskySessions sessions = new BlueskySessions(edge, clock);
            use(sessions, kept, "acme.bsky.social", "aaaa-bbbb-cccc-dddd");
            use(sessions, removed, "old.bsky.social", "eeee-ffff-gggg-hhhh");
            assertThat(sessions.held()).isEqualTo(2);

            // when: the kept account is polled through the day after
            clock.advance(BlueskySessions.IDLE.minusMinutes(1));
            use(sessions, kept, "acme.bsky.social", "aaaa-bbbb-cccc-dddd");
            clock.advance(Duration.ofMinutes(2));
            use(sessions, kept, "acme.bsky.social", "aaaa-bbbb-cccc-dddd");

            // then: the removed account's tokens are gone; the kept one never logged in again
            assertThat(sessions.held()).isEqualTo(1);
            assertThat(kept.logins()).isEqualTo(1);
        }
    }

    @Test
    void givenADisconnectedAccount_whenAnAccountWithTheSameCredentialsIsConnected_thenItLogsInAfresh() {
        try (FakeBluesky pds = new FakeBluesky("acme.bsky.social", "aaaa-bbbb-cccc-dddd", clock);
             HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(2), AddressGuard.ANY_HOST)) {
            // given
            BlueskyDriver driver = new BlueskyDriver(edge, clock);
            Credentials same = new Credentials(Map.of("identifier", "acme.bsky.social",
                    "appPassword", "aaaa-bbbb-cccc-dddd"));
            driver.fetch(pds.baseUrl(), same, java.util.Optional.empty());

            // when: the account is disconnected (its session forgotten), and connected again
            driver.forget(pds.baseUrl(), same);
            driver.fetch(pds.baseUrl(), same, java.util.Optional.empty());

            // then
            assertThat(pds.logins()).isEqualTo(2);
        }
    }

    private static void use(BlueskySessions sessions, FakeBluesky pds, String identifier, String password) {
        BlueskySessions.Outcome outcome = sessions.with(pds.baseUrl(), new Credentials(Map.of("identifier",
                identifier, "appPassword", password)), session -> pdsCall(pds, session));
        assertThat(outcome).isInstanceOf(BlueskySessions.Outcome.Answered.class);
    }

    private static io.socialdesk.channel.wire.Exchange pdsCall(FakeBluesky pds, BlueskySessions.Session session) {
        try (HttpEdge edge = new HttpEdge(Duration.ofSeconds(2), Duration.ofSeconds(2), AddressGuard.ANY_HOST)) {
            return edge.send(HttpRequest.newBuilder(pds.baseUrl().resolve(
                    "/xrpc/app.bsky.notification.listNotifications?limit=1"))
                    .header("Authorization", "Bearer " + session.accessJwt()));
        }
    }
}
