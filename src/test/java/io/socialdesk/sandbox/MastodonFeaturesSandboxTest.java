package io.socialdesk.sandbox;

import static io.socialdesk.testing.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a current Mastodon server does that an older one did not, end to end on the sandbox's fake (which reports 4.5
 * and keeps 4.3's default notification policy): quotes of the brand's posts, direct messages from strangers that the
 * policy filters, and a policy that drops them said in the account's health.
 */
class MastodonFeaturesSandboxTest {
    private static final FakeMastodon.Account STRANGER = new FakeMastodon.Account("990", "newcomer", "Nia Newcomer",
            3);

    @RegisterExtension
    final RunningSandbox running = RunningSandbox.connected();
    private SandboxServer sandbox;
    private SandboxFeeds feeds;

    @BeforeEach
    void names() {
        sandbox = running.server();
        feeds = running.feeds();
    }

    @Test
    void givenACustomerWhoQuotesTheBrandsAnnouncement_whenPolled_thenTheQuoteBecomesARequestOfItsOwn()
            throws Exception {
        // when
        running.poll();
        feeds.mastodon().quote(STRANGER, "this update deleted all my saved carts 49811", "113400000000000001");

        // then
        SimulatedJsm.Request request = requestWith("49811");
        assertThat(request.comments()).isEmpty();
        assertThat(request.description()).contains("this update deleted all my saved carts")
                .contains("_Quoting \\@acme:_ Version 5.2 is out: a faster checkout for everyone");
        JsonObject entry = JsonParser.parseString(running.api("alice", "GET", "history/" + request.key(), null).body())
                .getAsJsonObject().getAsJsonArray("entries").get(0).getAsJsonObject();
        assertThat(entry.getAsJsonObject("context").get("relation").getAsString()).isEqualTo("quote");
        assertThat(entry.getAsJsonObject("context").get("author").getAsString()).isEqualTo("acme");
    }

    @Test
    void givenAStrangersDirectMessageThatMastodonFiltered_whenPolled_thenItStillBecomesARequest() throws Exception {
        // when: Mastodon's default policy files it under notification requests, not the notification list
        running.poll();
        feeds.mastodon().post(STRANGER, "my card was charged twice for order 77120", null, true);

        // then
        requestWith("77120");
    }

    @Test
    void givenAPolicyThatDropsPrivateMentions_whenPolled_thenTheAccountsHealthTellsTheAdmin() throws Exception {
        // given
        feeds.mastodon().policy("for_private_mentions", "drop");

        // when
        running.poll();
        feeds.mastodon().post(STRANGER, "can anyone help with order 66031", null, false);
        requestWith("66031");

        // then
        await(() -> healthOfMastodon().filter(a -> a.has("notice") && !a.get("notice").isJsonNull()).isPresent());
        JsonObject mastodon = healthOfMastodon().orElseThrow();
        assertThat(mastodon.get("notice").getAsString()).contains("unsolicited private mentions")
                .contains("never reach SocialDesk");
    }

    private SimulatedJsm.Request requestWith(String marker) throws InterruptedException {
        await(() -> sandbox.jsm().requests().stream().anyMatch(r -> r.summary().contains(marker)
                || r.description().contains(marker)));
        return sandbox.jsm().requests().stream().filter(r -> r.summary().contains(marker)
                || r.description().contains(marker)).findFirst().orElseThrow();
    }

    private java.util.Optional<JsonObject> healthOfMastodon() {
        try {
            HttpResponse<String> response = running.api("alice", "GET", "admin/health", null);
            JsonArray accounts = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("accounts");
            return StreamSupport.stream(accounts.spliterator(), false).map(JsonElement::getAsJsonObject)
                    .filter(a -> "mastodon".equals(a.get("kind").getAsString())).findFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
