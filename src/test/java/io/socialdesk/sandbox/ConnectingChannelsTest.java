package io.socialdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.PollCycle;
import io.socialdesk.sandbox.feeds.FakeBluesky;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.FakeMeta;
import io.socialdesk.sandbox.feeds.FakeX;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connecting an account through the REST API (no Test connection, so no own user id given) to a network that already
 * has a backlog of notifications: nothing of the backlog becomes a request, on every polled network, and the brand's
 * own posts never do; what customers post after connecting does.
 */
class ConnectingChannelsTest {
    private static final FakeMastodon.Account MASTODON_FAN = new FakeMastodon.Account("501", "fan", "Fan", 10);
    private static final FakeX.User X_FAN = new FakeX.User("601", "fan", "Fan", 10);
    private static final FakeX.User X_BRAND = new FakeX.User("7", "acme", "ACME", 5000);
    private static final FakeBluesky.Account BLUESKY_FAN = new FakeBluesky.Account(
            "did:plc:fan00000000000000000000000", "fan.bsky.social", "Fan", 10);
    private static final FakeMeta.Person META_FAN = new FakeMeta.Person("6100000000777", "Fan", "fan");
    private static final FakeMeta.Person META_BRAND = new FakeMeta.Person(FakeMeta.PAGE_ID, "ACME Support", "acme");
    private static final FakeMeta.Person IG_BRAND = new FakeMeta.Person(FakeMeta.IG_USER_ID, "ACME", "acme");

    enum Network {
        MASTODON, X, BLUESKY, FACEBOOK, INSTAGRAM
    }

    @TempDir
    Path home;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxServer sandbox;
    private FakeMastodon mastodon;
    private FakeX x;
    private FakeBluesky bluesky;
    private FakeMeta meta;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, clock);
        mastodon = new FakeMastodon("m-token", clock);
        x = new FakeX("7-x-token", clock);
        bluesky = new FakeBluesky("acme.bsky.social", "aaaa-bbbb-cccc-dddd", clock);
        meta = new FakeMeta("page-token", clock);
    }

    @AfterEach
    void stop() throws Exception {
        mastodon.close();
        x.close();
        bluesky.close();
        meta.close();
        sandbox.close();
    }

    @ParameterizedTest
    @EnumSource(Network.class)
    void givenABacklogOnTheNetwork_whenTheAccountIsConnectedByTheApi_thenOnlyCustomersPostsAfterConnectingAreRequests(
            Network network) throws Exception {
        // given: a customer's complaint and the brand's own post, both already there
        Target target = target(network);
        target.customerPosts("my order never arrived");
        target.brandPosts("we are looking into delivery delays");
        clock.advance(Duration.ofHours(1));

        // when: connected, polled; then one more of each
        connect(network);
        runJob();
        int afterConnect = sandbox.jsm().requests().size();
        clock.advance(Duration.ofMinutes(1));
        target.customerPosts("still nothing, order 88123");
        target.brandPosts("delivery delays are over");
        clock.advance(Duration.ofMinutes(2));
        runJob();

        // then
        assertThat(afterConnect).as("requests from the backlog").isZero();
        assertThat(sandbox.jsm().requests()).singleElement()
                .satisfies(r -> assertThat(r.description()).contains("88123"));
        assertThat(sandbox.components().get(ChannelAccounts.class).all()).singleElement()
                .satisfies(a -> assertThat(a.ownUserId()).contains(target.brandId()));
    }

    @org.junit.jupiter.api.Test
    void givenAnAdminWhoAsksForTheLastTwoHours_whenConnected_thenThePostOfAnHourAgoIsTakenInOnce() throws Exception {
        // given
        Target target = target(Network.MASTODON);
        target.customerPosts("my order never arrived, 88777");
        clock.advance(Duration.ofHours(1));

        // when
        connect(Network.MASTODON, 2);
        runJob();
        clock.advance(Duration.ofMinutes(2));
        runJob();

        // then
        assertThat(sandbox.jsm().requests()).singleElement()
                .satisfies(r -> assertThat(r.description()).contains("88777"));
    }

    /** How to post on one fake network as a customer and as the brand. */
    private interface Target {
        void customerPosts(String text);

        void brandPosts(String text);

        String brandId();
    }

    private Target target(Network network) {
        return switch (network) {
            case MASTODON -> new Target() {
                public void customerPosts(String text) {
                    mastodon.post(MASTODON_FAN, "@acme " + text, null, false);
                }

                public void brandPosts(String text) {
                    mastodon.post(FakeMastodon.COMPANY, "@acme " + text, null, false);
                }

                public String brandId() {
                    return FakeMastodon.COMPANY.id();
                }
            };
            case X -> new Target() {
                public void customerPosts(String text) {
                    x.mention(X_FAN, text, null);
                }

                public void brandPosts(String text) {
                    x.mention(X_BRAND, text, null);
                }

                public String brandId() {
                    return X_BRAND.id();
                }
            };
            case BLUESKY -> new Target() {
                public void customerPosts(String text) {
                    bluesky.post(BLUESKY_FAN, "@acme.bsky.social " + text, null, "mention");
                }

                public void brandPosts(String text) {
                    bluesky.post(FakeBluesky.COMPANY, "@acme.bsky.social " + text, null, "mention");
                }

                public String brandId() {
                    return FakeBluesky.COMPANY.did();
                }
            };
            case FACEBOOK -> new Target() {
                private final String post = meta.pagePost("Our opening hours");

                public void customerPosts(String text) {
                    meta.comment(META_FAN, text, post);
                }

                public void brandPosts(String text) {
                    meta.comment(META_BRAND, text, post);
                }

                public String brandId() {
                    return FakeMeta.PAGE_ID;
                }
            };
            case INSTAGRAM -> new Target() {
                private final String media = meta.igMedia("New collection");

                public void customerPosts(String text) {
                    meta.igComment(META_FAN, text, media, null);
                }

                public void brandPosts(String text) {
                    meta.igComment(IG_BRAND, text, media, null);
                }

                public String brandId() {
                    return FakeMeta.IG_USER_ID;
                }
            };
        };
    }

    private void connect(Network network) throws Exception {
        connect(network, 0);
    }

    private void connect(Network network, int backfillHours) throws Exception {
        JsonObject form = new JsonObject();
        form.addProperty("backfillHours", backfillHours);
        form.addProperty("kind", network.name().toLowerCase());
        form.addProperty("name", "@acme on " + network);
        form.addProperty("serviceDeskId", 1);
        form.addProperty("requestTypeId", 1);
        form.addProperty("pollSeconds", 60);
        form.addProperty("intakeUser", "socialdesk");
        Map<String, String> secrets = switch (network) {
            case MASTODON -> Map.of("accessToken", "m-token");
            case X -> Map.of("consumerKey", "ck", "consumerSecret", "cs", "accessToken", "7-x-token",
                    "accessTokenSecret", "ts");
            case BLUESKY -> Map.of("identifier", "acme.bsky.social", "appPassword", "aaaa-bbbb-cccc-dddd");
            case FACEBOOK -> Map.of("pageId", FakeMeta.PAGE_ID, "pageAccessToken", "page-token",
                    "appSecret", "app-secret");
            case INSTAGRAM -> Map.of("igUserId", FakeMeta.IG_USER_ID, "pageId", FakeMeta.PAGE_ID,
                    "pageAccessToken", "page-token");
        };
        form.addProperty("apiBaseUrl", switch (network) {
            case MASTODON -> mastodon.baseUrl().toString();
            case X -> x.baseUrl().toString();
            case BLUESKY -> bluesky.baseUrl().toString();
            case FACEBOOK, INSTAGRAM -> meta.baseUrl().toString();
        });
        JsonObject credentials = new JsonObject();
        secrets.forEach(credentials::addProperty);
        form.add("credentials", credentials);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(sandbox.baseUrl()
                        .resolve("rest/socialdesk/1.0/admin/accounts")).header("Cookie", "sandbox-user=alice")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void runJob() throws InterruptedException {
        PollCycle job = sandbox.components().get(PollCycle.class);
        job.run();
        assertThat(job.awaitIdle(Duration.ofMinutes(1))).isTrue();
    }
}
