package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import io.socialdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The panel's storm tools in headless Chromium on the sandbox: an incident answered once from its request, a member
 * post taken out of it, and a post at viral risk shown on its request. The clock is simulated so minutes pass at once.
 */
@RequiresChromium
class IncidentPanelBrowserIT {
    private static final int COMPLAINTS = 30;
    private static final String[] COMPLAINT = {
        "the app crashes every time I open my cart since the update",
        "since today's update the app crashes when I open the cart",
        "app keeps crashing on the cart page after the update"};

    @TempDir
    Path home;
    @TempDir
    Path profile;
    private final MutableClock clock = new MutableClock(Instant.now());
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, clock);
        feeds = SandboxFeeds.connect(sandbox, clock);
        sandbox.startPolling(Duration.ofMillis(100));
        browser = Chromium.start(profile);
    }

    /** Runs also when start() failed part-way (no browser): whatever did start is stopped. */
    @AfterEach
    void stop() throws Exception {
        Chromium.stop(browser, feeds, sandbox);
    }

    @Test
    void givenASurgeIncident_whenTheAgentAnswersAllInThePanel_thenProgressRunsToDoneAndEachCustomerHasOneReply()
            throws Exception {
        // given: 30 similar complaints within a minute make a surge and its incident
        Map<String, String> statusByCustomer = new HashMap<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            FakeMastodon.Account customer = new FakeMastodon.Account(String.valueOf(60_000 + i), "fan" + i,
                    "Fan" + i + " Example", 20);
            statusByCustomer.put(customer.id(), feeds.mastodon().post(customer, COMPLAINT[i % COMPLAINT.length],
                    null, false));
        }
        waitFor(() -> incident().isPresent() && linkedTo(incident().get().key()) == COMPLAINTS, Duration.ofSeconds(60));
        String key = incident().orElseThrow().key();
        open(key);
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-incident-heading")).isEmpty());
        assertThat(text(".socialdesk-incident-heading")).isEqualTo("Incident · " + COMPLAINTS + " posts in it");
        assertThat(text(".socialdesk-incident-surge")).startsWith("Surge since");
        assertThat(browser.findElements(By.cssSelector(".socialdesk-incident-posts li"))).hasSize(COMPLAINTS);

        // when
        WebElement answer = browser.findElement(By.cssSelector(".socialdesk-incident-text"));
        answer.sendKeys("Version 5.2.1 fixes the cart crash, please update.");
        browser.findElement(By.cssSelector(".socialdesk-incident-send")).click();

        // then: the panel follows the sending by itself, to the end
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-incident-progress")).isEmpty()
                && text(".socialdesk-incident-progress").startsWith("Done"), Duration.ofSeconds(60));
        Chromium.screenshot(browser, "panel-incident.png");
        Accessibility.assertNoViolations(browser, "the incident panel");
        assertThat(text(".socialdesk-incident-progress")).contains("sent " + COMPLAINTS + " / " + COMPLAINTS);
        assertThat(feeds.mastodon().posted()).hasSize(COMPLAINTS)
                .extracting(status -> status.get("in_reply_to_id").getAsString())
                .containsExactlyInAnyOrderElementsOf(statusByCustomer.values());
        // and the form is back for a follow-up answer
        assertThat(browser.findElements(By.cssSelector(".socialdesk-incident-text"))).hasSize(1);
    }

    @Test
    void givenAMemberRequest_whenTheAgentTakesItsPostOut_thenItIsNoLongerLinkedAndThePanelOffersToAddItBack()
            throws Exception {
        // given
        for (int i = 0; i < COMPLAINTS; i++) {
            feeds.mastodon().post(new FakeMastodon.Account(String.valueOf(61_000 + i), "user" + i, "User " + i, 20),
                    COMPLAINT[i % COMPLAINT.length], null, false);
        }
        waitFor(() -> incident().isPresent() && linkedTo(incident().get().key()) == COMPLAINTS, Duration.ofSeconds(60));
        String incidentKey = incident().orElseThrow().key();
        SimulatedJsm.Request member = sandbox.jsm().requests().stream()
                .filter(r -> r.links().contains(incidentKey)).findFirst().orElseThrow();
        open(member.key());
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-incident-related")).isEmpty());
        assertThat(text(".socialdesk-incident-related")).startsWith("This post is part of incident")
                .contains(incidentKey).contains("Take out");

        // when
        browser.findElement(By.cssSelector(".socialdesk-incident-move")).click();

        // then
        waitFor(() -> !sandbox.jsm().request(member.key()).orElseThrow().links().contains(incidentKey),
                Duration.ofSeconds(20));
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-incident-related")).isEmpty()
                && text(".socialdesk-incident-related").contains("Add to incident"), Duration.ofSeconds(20));
    }

    @Test
    void givenAPostSpreadingPastItsAuthorsReach_whenTheAgentOpensItsRequest_thenThePanelWarnsWithItsCounts()
            throws Exception {
        // given: Jane (150 followers) complains; half an hour later 20 boosts and 45 favourites
        FakeMastodon.Account jane = new FakeMastodon.Account("62001", "jane", "Jane Small", 150);
        String status = feeds.mastodon().post(jane, "my order 1123 never arrived", null, false);
        waitFor(() -> request("1123").isPresent(), Duration.ofSeconds(20));
        clock.advance(Duration.ofMinutes(6));
        waitFor(() -> feeds.mastodon().statusReads(status) >= 1, Duration.ofSeconds(20));
        feeds.mastodon().engage(status, 20, 45);
        clock.advance(Duration.ofMinutes(11));
        waitFor(() -> request("1123").orElseThrow().socialDeskEvents().contains("SocialDesk: viral risk"),
                Duration.ofSeconds(20));

        // when
        open(request("1123").orElseThrow().key());
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-viral-post")).isEmpty());

        // then
        Chromium.screenshot(browser, "panel-viral.png");
        assertThat(text(".socialdesk-viral-heading")).isEqualTo("Viral risk");
        assertThat(text(".socialdesk-viral-post")).contains("@jane").contains("150 followers")
                .contains("20 reposts").contains("45 likes").contains("threshold 50");
        WebElement link = browser.findElement(By.cssSelector(".socialdesk-viral-link"));
        assertThat(link.getAttribute("href")).endsWith("/@jane/" + status);
        assertThat(link.getAttribute("rel")).contains("noopener");
    }

    private Optional<SimulatedJsm.Request> incident() {
        return sandbox.jsm().requests().stream().filter(r -> r.summary().startsWith("Surge on")).findFirst();
    }

    private Optional<SimulatedJsm.Request> request(String words) {
        return sandbox.jsm().requests().stream().filter(r -> r.description().contains(words)).findFirst();
    }

    private long linkedTo(String key) {
        return sandbox.jsm().requests().stream().filter(r -> r.links().contains(key)).count();
    }

    private void open(String key) {
        browser.get(sandbox.baseUrl().resolve("sandbox/login?user=alice&return=/browse/" + key).toString());
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }


    private void waitFor(BooleanSupplier condition) {
        waitFor(condition, Duration.ofSeconds(20));
    }

    private void waitFor(BooleanSupplier condition, Duration patience) {
        Chromium.waitForPanel(browser, patience, condition);
    }
}
