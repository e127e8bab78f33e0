package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.feeds.FakeMastodon;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The customer history panel in headless Chromium, on the sandbox's issue view with the plugin's real resources. */
@RequiresChromium
class HistoryPanelBrowserIT {
    @TempDir
    Path home;
    @TempDir
    Path profile;
    private SandboxServer sandbox;
    private SandboxFeeds feeds;
    private ChromeDriver browser;
    private IssuePage page;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0, home, Clock.systemUTC());
        feeds = SandboxFeeds.connect(sandbox, Clock.systemUTC());
        sandbox.startPolling(Duration.ofMillis(150));
        browser = Chromium.start(profile);
        page = new IssuePage(browser, sandbox);
    }

    /** Runs also when start() failed part-way (no browser): whatever did start is stopped. */
    @AfterEach
    void stop() throws Exception {
        Chromium.stop(browser, feeds, sandbox);
    }

    @Test
    void givenACustomerOnMastodonXAndPhone_whenTheAgentOpensTheRequest_thenThePanelShowsTheMixedTimeline()
            throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "parcel #4711 is late", null, false);
        SimulatedJsm.Request request = awaitRequest("jane@customer.example", 0);
        feeds.telephony().call("+1 415 555 0100", "answered", Duration.ofSeconds(185),
                ",\"customerEmail\":\"jane@customer.example\",\"agent\":\"bob\"");
        feeds.x().mention(SandboxFeeds.JANE_X, "also asked on X", null);
        awaitRequest("jane@customer.example", 2);

        // when
        page.open(request.key());
        page.waitFor(() -> page.entries().size() >= 3);

        // then
        assertThat(page.entries()).extracting(e -> e.getAttribute("class"))
                .anySatisfy(c -> assertThat(c).contains("socialdesk-channel-x"))
                .anySatisfy(c -> assertThat(c).contains("socialdesk-channel-mastodon"))
                .anySatisfy(c -> assertThat(c).contains("socialdesk-channel-phone"));
        assertThat(page.entries().get(0).getText()).contains("also asked on X");
        String call = page.panel().findElement(By.cssSelector(".socialdesk-channel-phone .socialdesk-call")).getText();
        assertThat(call).contains("answered").contains("3 min").contains("5 sec");
        WebElement time = page.entries().get(0).findElement(By.tagName("time"));
        assertThat(time.getAttribute("title")).as("absolute time on hover").isNotBlank();
        assertThat(page.panel().findElement(By.cssSelector(".socialdesk-identities")).getText())
                .contains("jane_c").contains("+14155550100");
        assertThat(page.panel().findElement(By.cssSelector(".socialdesk-contact")).getText())
                .contains("Jira customer: jane@customer.example");
        assertThat(page.panel().findElement(By.cssSelector(".socialdesk-equal")).getText())
                .contains("share this one history");
        Accessibility.assertStyledByAui(browser);
        Accessibility.assertNoViolations(browser, "the request page with the panel");
    }

    @Test
    void givenAnUnknownAuthorWritingACustomersEmail_whenTheAgentConfirmsTheSuggestion_thenThePanelShowsTheCustomer()
            throws Exception {
        // given
        feeds.mastodon().post(new io.socialdesk.sandbox.feeds.FakeMastodon.Account("301", "pat", "Pat", 5),
                "this is Yusuf, mail me at yusuf@example.org", null, true);
        SimulatedJsm.Request request = awaitRequest("socialdesk", 0);
        page.open(request.key());
        page.waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-suggestion")).isEmpty());
        WebElement suggestion = browser.findElement(By.cssSelector(".socialdesk-suggestion"));
        String shown = suggestion.getText();
        Chromium.screenshot(browser, "panel-suggestion.png");

        // when
        suggestion.findElement(By.cssSelector(".socialdesk-suggestion-accept")).click();

        // then
        assertThat(shown).contains("Is this Yusuf Kaya (yusuf@example.org)?").contains("(confidence 90 %)")
                .contains("yusuf@example.org in a direct message on mastodon");
        page.waitFor(() -> page.panel().findElement(By.cssSelector(".socialdesk-contact")).getText()
                .contains("Jira customer: yusuf@example.org"));
        assertThat(browser.findElements(By.cssSelector(".socialdesk-suggestion"))).isEmpty();
    }

    @Test
    void givenMoreThanAPageOfHistory_whenPaging_thenOlderAndNewerPagesShowTwentyAtATime() throws Exception {
        // given
        for (int i = 1; i <= 23; i++) {
            feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "message " + i, null, false);
        }
        SimulatedJsm.Request request = awaitRequest("jane@customer.example", 22);
        page.open(request.key());
        page.waitFor(() -> page.entries().size() == 20);
        assertThat(page.entries().get(0).getText()).contains("message 23");

        // when
        page.panel().findElement(By.cssSelector(".socialdesk-more")).click();

        // then
        page.waitFor(() -> page.entries().size() == 3);
        assertThat(page.entries().get(2).getText()).contains("message 1");
        assertThat(page.panel().findElements(By.cssSelector(".socialdesk-more"))).isEmpty();

        // and when
        page.panel().findElement(By.cssSelector(".socialdesk-newer")).click();

        // then
        page.waitFor(() -> page.entries().size() == 20);
        assertThat(page.entries().get(0).getText()).contains("message 23");
    }

    @Test
    void givenAnXRequest_whenTheAgentTypesAReplyInThePanel_thenItReachesXAndAppearsInTheTimeline()
            throws Exception {
        // given
        feeds.x().mention(SandboxFeeds.YUSUF_X, "my invoice is wrong", null);
        SimulatedJsm.Request request = awaitRequest("yusuf@example.org", 0);
        page.open(request.key());
        page.waitFor(() -> page.entries().size() >= 1);

        // when
        WebElement replyButton = page.panel().findElement(By.cssSelector(".socialdesk-reply-open"));
        assertThat(replyButton.getText()).isEqualTo("Reply on X");
        replyButton.click();
        page.panel().findElement(By.cssSelector(".socialdesk-reply-text")).sendKeys("We corrected it, sorry!");
        page.panel().findElement(By.cssSelector(".socialdesk-reply-send")).click();

        // then
        page.waitFor(() -> !feeds.x().sent().isEmpty());
        assertThat(feeds.x().sent().get(0).text()).isEqualTo("We corrected it, sorry!");
        page.waitFor(() -> page.entries().size() >= 2 && page.entries().get(0).getAttribute("class").contains("socialdesk-outbound"));
        assertThat(page.entries().get(0).getText()).contains("We corrected it, sorry!");
    }

    @Test
    void givenAWhatsAppMessage_whenTheAgentRepliesInsideThenOutsideTheWindow_thenReadIsShownThenWhyATemplateWent()
            throws Exception {
        // given
        feeds.whatsapp().message("4915112345678", "Pat", "is my parcel on its way?");
        page.waitFor(() -> sandbox.jsm().requests().size() == 1 && sandbox.jsm().requests().get(0).properties()
                .containsKey("socialdesk"));
        SimulatedJsm.Request request = sandbox.jsm().requests().get(0);
        page.open(request.key());
        page.waitFor(() -> page.entries().size() >= 1);

        // when: a reply inside the window; the fake reports it sent, read and delivered
        WebElement replyButton = page.panel().findElement(By.cssSelector(".socialdesk-reply-open"));
        assertThat(replyButton.getText()).isEqualTo("Reply on WhatsApp");
        replyButton.click();
        page.panel().findElement(By.cssSelector(".socialdesk-reply-text")).sendKeys("Yes, it arrives tomorrow");
        page.panel().findElement(By.cssSelector(".socialdesk-reply-send")).click();
        page.waitFor(() -> feeds.whatsapp().sent().size() == 1);
        // the statuses arrive by webhook after the send's answer: the agent sees them when the panel loads again
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        do {
            page.open(request.key());
            page.waitFor(() -> page.entries().size() >= 2);
        } while (page.panel().findElements(By.cssSelector(".socialdesk-delivery-read")).isEmpty()
                && System.nanoTime() < deadline);

        // then
        assertThat(page.panel().findElement(By.cssSelector(".socialdesk-outbound .socialdesk-delivery")).getText())
                .isEqualToIgnoringCase("Read");

        // when: the customer last wrote two days ago, so WhatsApp takes only the template
        feeds.whatsapp().lastWrote("4915112345678", Duration.ofDays(2));
        page.panel().findElement(By.cssSelector(".socialdesk-reply-open")).click();
        page.panel().findElement(By.cssSelector(".socialdesk-reply-text")).sendKeys("Did it arrive?");
        page.panel().findElement(By.cssSelector(".socialdesk-reply-send")).click();
        page.waitFor(() -> feeds.whatsapp().sent().size() == 2);

        // then: the agent reads why on the reply in the timeline
        assertThat(feeds.whatsapp().sent().get(1).get("type").getAsString()).isEqualTo("template");
        page.waitFor(() -> page.panel().findElements(By.cssSelector(".socialdesk-reply-note")).stream()
                .anyMatch(note -> note.getText().contains("24 hours") && note.getText().contains("support_follow_up")));
        Chromium.screenshot(browser, "panel-whatsapp.png");
        Accessibility.assertNoViolations(browser, "the panel with WhatsApp replies");
    }

    @Test
    void givenPostsWhoseTextAndNameAreXssPayloads_whenShown_thenTheyRenderAsTextAndRunNothing() throws Exception {
        // given
        FakeMastodon.Account attacker = new FakeMastodon.Account("666",
                "mallory", "<img src=x onerror=\"window.__xss='name'\">", 1);
        String payload = "<script>window.__xss='text'</script> <img src=x onerror=\"window.__xss='img'\"> "
                + "javascript:window.__xss='link' \u202Egnp.exe";
        feeds.mastodon().post(attacker, payload, null, false);
        SimulatedJsm.Request request = awaitRequest("socialdesk", 0);

        // when
        page.open(request.key());
        page.waitFor(() -> page.entries().size() >= 1);
        Thread.sleep(300);

        // then
        WebElement entry = page.entries().get(0);
        assertThat(entry.findElement(By.cssSelector(".socialdesk-text")).getAttribute("textContent"))
                .contains("<script>window.__xss='text'</script>").contains("\u202Egnp.exe");
        assertThat(entry.findElement(By.cssSelector(".socialdesk-author")).getAttribute("textContent"))
                .isEqualTo("<img src=x onerror=\"window.__xss='name'\">");
        // the only images are the channels' icons, from the plugin's own resources
        assertThat(page.panel().findElements(By.cssSelector("img:not(.socialdesk-icon)"))).isEmpty();
        assertThat(page.panel().findElements(By.cssSelector("img.socialdesk-icon"))).isNotEmpty()
                .allSatisfy(icon -> assertThat(icon.getDomAttribute("src"))
                        .startsWith("/download/resources/io.socialdesk.jsm-socialdesk/images/channels/"));
        assertThat(page.panel().findElements(By.tagName("script"))).isEmpty();
        assertThat(page.panel().findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        // a right-to-left override in customer text stays inside its own bidi-isolated element
        assertThat(entry.findElement(By.cssSelector(".socialdesk-text")).getDomProperty("dir")).isEqualTo("auto");
        assertThat(entry.findElement(By.cssSelector(".socialdesk-author")).getTagName()).isEqualTo("bdi");
    }

    @Test
    void givenAPostWithTwoPhotos_whenTheAgentOpensTheRequest_thenThePanelAndTheRequestShowTheirThumbnails()
            throws Exception {
        // given
        feeds.mastodon().postWithImages(new FakeMastodon.Account("4401", "kim", "Kim Photo", 80),
                "parcel 30917 arrived like this", "Box crushed", "Broken mug inside");
        SimulatedJsm.Request request = awaitRequest("socialdesk", 0);

        // when
        page.open(request.key());
        page.waitFor(() -> page.panel().findElements(By.cssSelector(".socialdesk-thumbnail")).size() == 2);

        // then: each thumbnail is the attachment Jira serves, loaded (not a broken image), described for screen readers
        java.util.List<WebElement> thumbs = page.panel().findElements(By.cssSelector(".socialdesk-thumbnail"));
        assertThat(thumbs).extracting(t -> t.getDomProperty("alt")).containsExactly("Box crushed",
                "Broken mug inside");
        assertThat(thumbs).allSatisfy(t -> {
            assertThat(t.getDomProperty("src")).contains("/secure/attachment/");
            assertThat(Long.parseLong(t.getDomProperty("naturalWidth"))).isPositive();
        });
        // the request's own text shows the same attachments as Jira's thumbnail markup renders them
        assertThat(browser.findElements(By.cssSelector(".sd-description img"))).hasSize(2);
        Accessibility.assertNoViolations(browser, "the request page with thumbnails");
    }

    @Test
    void givenARequestWithPhotos_whenTheAgentRepliesWithOneOfThem_thenMastodonGetsThePictureWithTheReply()
            throws Exception {
        // given
        String status = feeds.mastodon().postWithImages(new FakeMastodon.Account("4401", "kim", "Kim Photo", 80),
                "which of these is the right label?", "Label A", "Label B");
        SimulatedJsm.Request request = awaitRequest("socialdesk", 0);
        page.open(request.key());
        page.waitFor(() -> page.panel().findElements(By.cssSelector(".socialdesk-thumbnail")).size() == 2);

        // when: the agent opens the reply, picks the second picture and sends
        page.panel().findElement(By.cssSelector(".socialdesk-reply-open")).click();
        java.util.List<WebElement> boxes = page.panel().findElements(By.cssSelector(".socialdesk-reply-picture"));
        assertThat(boxes).hasSize(2);
        assertThat(page.panel().findElement(By.cssSelector(".socialdesk-reply-pictures legend")).getText())
                .contains("up to 4");
        Accessibility.assertNoViolations(browser, "the reply form with pictures to choose");
        page.panel().findElement(By.cssSelector("label[for='" + boxes.get(1).getDomProperty("id") + "']")).click();
        page.panel().findElement(By.cssSelector(".socialdesk-reply-text")).sendKeys("It is this one.");
        page.panel().findElement(By.cssSelector(".socialdesk-reply-send")).click();

        // then
        page.waitFor(() -> !feeds.mastodon().posted().isEmpty());
        com.google.gson.JsonObject reply = feeds.mastodon().posted().get(0);
        assertThat(reply.getAsJsonArray("media_attachments")).singleElement().satisfies(m -> assertThat(
                m.getAsJsonObject().get("filename").getAsString()).isEqualTo("mastodon-" + status + "-2.png"));
        page.waitFor(() -> sandbox.jsm().request(request.key()).orElseThrow().comments().stream()
                .anyMatch(c -> c.body().contains("[^mastodon-" + status + "-2.png]")));
    }

    private SimulatedJsm.Request awaitRequest(String reporter, int comments) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var found = sandbox.jsm().requests().stream()
                    .filter(r -> r.reporterKey().equals(reporter) && r.comments().size() >= comments).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no request for " + reporter + " with " + comments + " comments");
    }
}
