package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Agents correcting routing in headless Chromium: the move dialog on a contact, the merge dialog on a request, and
 * the one-click move of a post possibly the same as the customer's portal request.
 */
@RequiresChromium
class RoutingCorrectionBrowserIT {
    private static final String JANE = "jane@customer.example";

    @TempDir
    Path home;
    @TempDir
    Path profile;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private ChromeDriver browser;
    private IssuePage page;
    private SimulatedJsm.Request portal;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.startPolling(Duration.ofMillis(150));
        browser = Chromium.start(profile);
        page = new IssuePage(browser, sandbox);
        portal = sandbox.jsm().createRequest("Refund missing for the returned jacket",
                "I returned the winter jacket two weeks ago and have no refund yet.", JANE, 3);
    }

    @AfterEach
    void stop() throws Exception {
        Chromium.stop(browser, feeds, sandbox);
    }

    @Test
    void givenAPostRoutedToANewRequest_whenTheAgentMovesItThroughTheDialog_thenItIsOnTheCustomersPortalRequest()
            throws Exception {
        // given: Jane's post about something else became a request of its own
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "do you repair zips on coats?", null, false);
        SimulatedJsm.Request social = awaitNewRequest();
        page.open(social.key());
        page.waitFor(() -> "loaded".equals(page.panel().getAttribute("data-routing")));

        // when
        page.entries().get(0).findElement(By.cssSelector(".socialdesk-move-open")).click();
        WebElement dialog = browser.findElement(By.cssSelector(".socialdesk-move-dialog"));
        assertThat(dialog.getText()).contains("Move this contact to another request").contains("repair zips");
        new Select(dialog.findElement(By.cssSelector(".socialdesk-target-pick"))).selectByValue(portal.key());
        Chromium.screenshot(browser, "panel-move-dialog.png");
        Accessibility.assertNoViolations(browser, "the move dialog");
        dialog.findElement(By.cssSelector(".socialdesk-dialog-submit")).click();

        // then
        page.waitFor(() -> browser.findElements(By.cssSelector(".socialdesk-move-dialog")).isEmpty());
        await(() -> comments(portal.key()) == 1);
        assertThat(sandbox.jsm().request(portal.key()).orElseThrow().comments().get(0).body())
                .contains("repair zips").contains("moved here from");
        assertThat(sandbox.jsm().request(social.key()).orElseThrow().comments()).singleElement()
                .satisfies(c -> assertThat(c.internal()).isTrue());
        page.open(portal.key());
        page.waitFor(() -> !page.entries().isEmpty());
        assertThat(page.entries().get(0).getText()).contains("repair zips").contains("Moved here by an agent");
    }

    @Test
    void givenASocialRequest_whenTheAgentMergesItIntoThePortalRequestAndResolvesIt_thenOneRequestIsLeftOpen()
            throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "is your Leeds store open on Sundays?", null, false);
        SimulatedJsm.Request social = awaitNewRequest();
        page.open(social.key());
        page.waitFor(() -> "loaded".equals(page.panel().getAttribute("data-routing")));

        // when
        page.panel().findElement(By.cssSelector(".socialdesk-merge-open")).click();
        WebElement dialog = browser.findElement(By.cssSelector(".socialdesk-merge-dialog"));
        dialog.findElement(By.cssSelector(".socialdesk-target-key")).sendKeys(portal.key());
        dialog.findElement(By.cssSelector("label[for=socialdesk-merge-resolve]")).click();
        Chromium.screenshot(browser, "panel-merge-dialog.png");
        Accessibility.assertNoViolations(browser, "the merge dialog");
        dialog.findElement(By.cssSelector(".socialdesk-dialog-submit")).click();

        // then
        await(() -> sandbox.jsm().request(social.key()).orElseThrow().resolvedAt().isPresent());
        SimulatedJsm.Request merged = sandbox.jsm().request(social.key()).orElseThrow();
        assertThat(merged.duplicates()).containsExactly(portal.key());
        assertThat(sandbox.jsm().request(portal.key()).orElseThrow().comments()).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("Leeds store"));
        assertThat(sandbox.jsm().request(portal.key()).orElseThrow().socialDeskEvents())
                .contains("SocialDesk: contact moved");
    }

    @Test
    void givenAPostPossiblyTheSameAsThePortalRequest_whenTheAgentClicksMoveThere_thenItJoinsIt() throws Exception {
        // given: close to the refund, not enough to merge
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "is the winter jacket also available in navy blue and grey?", null,
                false);
        SimulatedJsm.Request social = awaitNewRequest();
        assertThat(social.links()).containsExactly(portal.key());
        page.open(portal.key());
        page.waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-possible")).isEmpty());
        WebElement possible = browser.findElement(By.cssSelector(".socialdesk-possible"));
        assertThat(possible.getText()).contains(social.key()).contains("available in navy").contains("Move here");

        // when
        possible.findElement(By.cssSelector(".socialdesk-possible-move")).click();

        // then
        await(() -> comments(portal.key()) == 1);
        page.waitFor(() -> browser.findElements(By.cssSelector(".socialdesk-possible")).isEmpty()
                && "loaded".equals(page.panel().getAttribute("data-routing")));
    }

    /** The post's new request, once routing stored and published its outcome (the property comes last). */
    private SimulatedJsm.Request awaitNewRequest() throws InterruptedException {
        await(() -> sandbox.jsm().requests().size() == 2
                && sandbox.jsm().requests().get(0).properties().containsKey("socialdesk"));
        return sandbox.jsm().requests().get(0);
    }

    private int comments(String key) {
        return sandbox.jsm().request(key).orElseThrow().comments().size();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(50);
        }
    }
}
