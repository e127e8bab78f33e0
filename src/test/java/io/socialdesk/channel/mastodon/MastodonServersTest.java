package io.socialdesk.channel.mastodon;

import static io.socialdesk.testing.FakeHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.wire.AddressGuard;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.testing.FakeHttpServer;
import io.socialdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What SocialDesk reads depends on the Mastodon server's version: quotes from 4.5, filtered notifications from 4.3
 * (whose default policy filters private mentions from strangers), and a policy that drops posts is said to the admin.
 */
class MastodonServersTest {
    private static final Credentials TOKEN = new Credentials(Map.of("accessToken", "secret-token"));
    private static final String ACCEPT_ALL = "{\"for_not_following\":\"accept\",\"for_not_followers\":\"accept\","
            + "\"for_new_accounts\":\"accept\",\"for_private_mentions\":\"filter\",\"for_limited_accounts\":\"filter\","
            + "\"summary\":{\"pending_requests_count\":1,\"pending_notifications_count\":1}}";

    private final FakeHttpServer server = new FakeHttpServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:10:00Z"));
    private final MastodonDriver driver = new MastodonDriver(
            new HttpEdge(Duration.ofSeconds(2), Duration.ofMillis(700), AddressGuard.ANY_HOST), clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenAMastodon45Server_whenFetching_thenQuotesAndFilteredNotificationsAreReadAndAQuoteIsItsOwnThread() {
        // given: a quote of the brand's announcement, and a stranger's DM that the default policy filtered
        version("4.5.0");
        server.route("/api/v2/notifications/policy", json(200, ACCEPT_ALL));
        server.reply(json(200, "[" + notification("52", "quote", "113500000000000052", "public", null,
                "@acme this update broke my checkout") + ","
                + notification("51", "mention", "113500000000000051", "direct", null,
                "@acme my order 4711 never arrived") + "]"));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(server.requests("/api/v1/notifications").get(0).uri().getRawQuery())
                .isEqualTo("types%5B%5D=mention&types%5B%5D=quote&include_filtered=true&limit=40");
        assertThat(page.posts()).extracting(InboundPost::externalId, InboundPost::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("113500000000000051", PostKind.DIRECT_MESSAGE),
                        org.assertj.core.groups.Tuple.tuple("113500000000000052", PostKind.MENTION));
        assertThat(page.posts().get(1).inReplyTo()).isEmpty();
        assertThat(page.posts().get(1).text()).isEqualTo("@acme this update broke my checkout");
        assertThat(page.notice()).isEmpty();
    }

    @Test
    void givenAStatusThatBothMentionsAndQuotesTheAccount_whenFetching_thenItIsOnePost() {
        // given
        version("4.5.2");
        server.route("/api/v2/notifications/policy", json(200, ACCEPT_ALL));
        server.reply(json(200, "[" + notification("61", "quote", "113500000000000060", "public", null, "@acme why?")
                + "," + notification("60", "mention", "113500000000000060", "public", null, "@acme why?") + "]"));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(page.posts()).singleElement().extracting(InboundPost::externalId).isEqualTo("113500000000000060");
        assertThat(page.cursor()).contains("61");
    }

    @Test
    void givenAMastodon3Server_whenFetching_thenItsVersionComesFromV1AndOnlyMentionsAreAskedFor() {
        // given: no /api/v2/instance before 4.0
        server.route("/api/v2/instance", json(404, "{\"error\":\"Record not found\"}"));
        server.route("/api/v1/instance", json(200, "{\"uri\":\"mastodon.example\",\"version\":\"3.5.3\"}"));
        server.reply(json(200, "[]"));

        // when
        driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(server.requests("/api/v1/notifications").get(0).uri().getRawQuery())
                .isEqualTo("types%5B%5D=mention&limit=40");
        assertThat(server.requests("/api/v2/notifications/policy")).isEmpty();
    }

    @Test
    void givenAPolicyThatDropsPrivateMentionsAndNewAccounts_whenFetching_thenThePageTellsTheAdminWhoIsNeverRead() {
        // given
        version("4.3.1");
        server.route("/api/v2/notifications/policy", json(200, "{\"for_not_following\":\"accept\","
                + "\"for_not_followers\":\"accept\",\"for_new_accounts\":\"drop\",\"for_private_mentions\":\"drop\","
                + "\"for_limited_accounts\":\"filter\"}"));
        server.reply(json(200, "[]"));

        // when
        FetchResult.Page page = (FetchResult.Page) driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(page.notice()).hasValueSatisfying(notice -> assertThat(notice)
                .contains("unsolicited private mentions, new accounts").contains("never reach SocialDesk"));
        assertThat(server.requests("/api/v2/notifications/policy").get(0).header("Authorization"))
                .isEqualTo("Bearer secret-token");
    }

    @Test
    void givenAServerAskedOnce_whenFetchingAgain_thenItsVersionAndPolicyAreAskedAgainOnlyWhenStale() {
        // given
        version("4.5.0");
        server.route("/api/v2/notifications/policy", json(200, ACCEPT_ALL));
        server.reply(json(200, "[]"));
        driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // when
        driver.fetch(server.baseUrl(), TOKEN, Optional.empty());
        clock.advance(MastodonServers.FRESH.plusMinutes(1));
        driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(server.requests("/api/v2/instance")).hasSize(2);
        assertThat(server.requests("/api/v2/notifications/policy")).hasSize(2);
        assertThat(server.requests("/api/v1/notifications")).hasSize(3);
    }

    @Test
    void givenAServerThatIsDown_whenFetching_thenItIsUnavailableAfterOneRequest() {
        // given
        server.route("/api/v2/instance", json(503, "<html>maintenance</html>"));

        // when
        FetchResult result = driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(result).isInstanceOf(FetchResult.Unavailable.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void givenAServerThatHidesItsVersion_whenFetching_thenMentionsAreStillReadAndTheVersionIsAskedAgainLater() {
        // given
        server.route("/api/v2/instance", json(404, "{\"error\":\"Record not found\"}"));
        server.route("/api/v1/instance", json(200, "{\"uri\":\"mastodon.example\"}"));
        server.reply(json(200, "[" + notification("70", "mention", "113500000000000070", "public", null,
                "@acme hello") + "]"));

        // when
        FetchResult result = driver.fetch(server.baseUrl(), TOKEN, Optional.empty());
        clock.advance(MastodonServers.RETRY.plusMinutes(1));
        driver.fetch(server.baseUrl(), TOKEN, Optional.empty());

        // then
        assertThat(((FetchResult.Page) result).posts()).hasSize(1);
        assertThat(server.requests("/api/v2/instance")).hasSize(2);
    }

    private void version(String version) {
        server.route("/api/v2/instance", json(200, "{\"domain\":\"mastodon.example\",\"version\":\"" + version + "\"}"));
    }

    private static String notification(String id, String type, String statusId, String visibility, String inReplyTo,
                                       String text) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"created_at\":\"2026-11-22T10:00:00Z\","
                + "\"account\":{\"id\":\"5\",\"acct\":\"jane\"},\"status\":{\"id\":\"" + statusId + "\","
                + "\"created_at\":\"2026-11-22T10:00:00Z\",\"visibility\":\"" + visibility + "\",\"in_reply_to_id\":"
                + (inReplyTo == null ? "null" : "\"" + inReplyTo + "\"") + ",\"content\":\"<p>" + text + "</p>\","
                + "\"account\":{\"id\":\"5\",\"acct\":\"jane\"}}}";
    }
}
