package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.nio.file.Path;
import io.socialdesk.sandbox.InsightsScenarios;
import io.socialdesk.testing.MutableClock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The social insights page in headless Chromium: its tables read the API's numbers, CSV included, accessibly. */
@RequiresChromium
class InsightsPageBrowserIT {
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
        sandbox.startPolling(Duration.ofMillis(150));
        browser = Chromium.start(profile);
    }

    @AfterEach
    void stop() throws Exception {
        Chromium.stop(browser, feeds, sandbox);
    }

    @Test
    void givenPostsOnTwoChannels_whenAnAgentOpensTheInsights_thenTheTablesShowThemAndTheCsvHasTheSameRows()
            throws Exception {
        // given
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "parcel 8812 is late", null, false);
        feeds.x().mention(SandboxFeeds.YUSUF_X, "invoice 2231 is wrong", null);
        clock.advance(Duration.ofMinutes(1)); // the range ends now, before which the posts came

        // when: the page reloads until the job has counted both
        Chromium.waitForPanel(browser, Duration.ofSeconds(60), () -> {
            browser.get(sandbox.baseUrl().resolve(
                    "sandbox/login?user=alice&return=/plugins/servlet/socialdesk/insights?project=CS").toString());
            Chromium.waitForPanel(browser, Duration.ofSeconds(10),
                    () -> !browser.findElements(By.cssSelector(".socialdesk-insights-volume")).isEmpty());
            List<WebElement> headers = browser.findElements(By.cssSelector(".socialdesk-insights-volume th"));
            return headers.stream().anyMatch(h -> h.getText().equals("mastodon"))
                    && headers.stream().anyMatch(h -> h.getText().equals("x"));
        });

        // then: a row per day of the last week, the totals add up, the CSV carries the same table
        List<WebElement> rows = browser.findElements(By.cssSelector(".socialdesk-insights-volume tbody tr"));
        assertThat(rows).hasSizeBetween(7, 8);
        int total = rows.stream().mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td"))
                .get(r.findElements(By.tagName("td")).size() - 1).getText())).sum();
        assertThat(total).isGreaterThanOrEqualTo(2);
        String csv = (String) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('.socialdesk-insights-csv').href).then(function (r) { return r.text(); })"
                + ".then(done);");
        assertThat(csv.lines().count()).isEqualTo(rows.size() + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("mastodon").contains("x");
        assertThat(browser.findElements(By.cssSelector(".socialdesk-insights-mix tbody tr"))).hasSize(rows.size());
        assertThat(browser.findElement(By.cssSelector(".socialdesk-insights-first-response")).getText())
                .contains("mastodon");
        // the charts are drawn by the bundled Chart.js from the same numbers
        Object drawn = browser.executeScript("var c = document.querySelector('.socialdesk-insights-chart canvas');"
                + "var chart = c && window.Chart && window.Chart.getChart(c);"
                + "return chart ? chart.data.datasets.map(function (d) { return d.label; }).join(',') : null;");
        assertThat(String.valueOf(drawn)).contains("mastodon").contains("x");
        // and the chart's numbers are the table's: each channel's bars, bucket by bucket, are its column
        Object sameNumbers = browser.executeScript("var chart = window.Chart.getChart("
                + "document.querySelector('.socialdesk-insights-chart canvas'));"
                + "var heads = Array.from(document.querySelectorAll('.socialdesk-insights-volume thead th'))"
                + ".map(function (h) { return h.textContent; });"
                + "var rows = Array.from(document.querySelectorAll('.socialdesk-insights-volume tbody tr'));"
                + "return chart.data.datasets.every(function (d) { var col = heads.indexOf(d.label);"
                + " return col > 0 && d.data.every(function (v, i) {"
                + " return String(v) === rows[i].children[col].textContent; }); });");
        assertThat(sameNumbers).isEqualTo(true);
        Accessibility.assertStyledByAui(browser);
        Accessibility.assertNoViolations(browser, "the insights page");
        Chromium.screenshot(browser, "insights-page.png");
    }

    @Test
    void givenPortalRequestsAnsweredTenTimesSlowerThanTweets_whenTheDeskOpensTheInsights_thenTheWarningGivesTheFactor()
            throws Exception {
        // given
        List<String> portal = InsightsScenarios.portalAnsweredTenTimesSlowerThanX(sandbox, feeds, clock);

        // when: the page reloads until the job has counted the ten responses
        Chromium.waitForPanel(browser, Duration.ofSeconds(60), () -> {
            browser.get(sandbox.baseUrl().resolve(
                    "sandbox/login?user=alice&return=/plugins/servlet/socialdesk/insights?project=CS").toString());
            Chromium.waitForPanel(browser, Duration.ofSeconds(10),
                    () -> !browser.findElements(By.cssSelector(".socialdesk-insights-equal")).isEmpty());
            return !browser.findElements(By.cssSelector(".socialdesk-insights-finding")).isEmpty();
        });

        // then: the warning in words, with the factor, the request type, and links to the slowest portal requests
        WebElement finding = browser.findElement(By.cssSelector(".socialdesk-insights-finding"));
        assertThat(finding.getText()).contains("x requests got a first response 10.0× faster than portal requests");
        assertThat(finding.findElements(By.tagName("a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(portal);
        assertThat(browser.findElement(By.cssSelector(".socialdesk-insights-first-response")).getText())
                .contains("portal").contains("300");
        Accessibility.assertNoViolations(browser, "the insights page with an equal-treatment warning");
        browser.executeScript("document.querySelector('.socialdesk-insights-equal').scrollIntoView();");
        Chromium.screenshot(browser, "insights-equal-treatment.png");
    }

    @Test
    void givenTheDashboardItem_whenAnAgentPicksTheDeskAndTheVolumeChart_thenTheChartAndItsTableDraw() throws Exception {
        // given: contacts on two channels, counted
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "parcel 8812 is late", null, false);
        feeds.x().mention(SandboxFeeds.YUSUF_X, "invoice 2231 is wrong", null);
        browser.get(sandbox.baseUrl().resolve("sandbox/login?user=alice&return=/secure/Dashboard.jspa").toString());

        // when: the item, not configured yet, shows its form; the agent picks CS and the volume chart
        Chromium.waitForPanel(browser, Duration.ofSeconds(10),
                () -> !browser.findElements(By.cssSelector(".socialdesk-dashboard-edit")).isEmpty());
        browser.findElement(By.cssSelector(".socialdesk-dashboard-edit input[name=project]")).sendKeys("cs");
        new org.openqa.selenium.support.ui.Select(browser.findElement(
                By.cssSelector(".socialdesk-dashboard-edit select[name=chart]"))).selectByValue("volume");
        browser.findElement(By.cssSelector(".socialdesk-dashboard-edit button[type=submit]")).click();

        // then: it draws the desk's contacts per channel, reloading until the job counted both
        Chromium.waitForPanel(browser, Duration.ofSeconds(60), () -> {
            browser.navigate().refresh();
            Chromium.waitForPanel(browser, Duration.ofSeconds(10),
                    () -> !browser.findElements(By.cssSelector(".socialdesk-dashboard-item table")).isEmpty());
            String headers = browser.findElement(By.cssSelector(".socialdesk-dashboard-item table thead")).getText();
            return headers.contains("mastodon") && headers.contains("x");
        });
        Object drawn = browser.executeScript("var c = document.querySelector('.socialdesk-dashboard-item canvas');"
                + "var chart = c && window.Chart && window.Chart.getChart(c);"
                + "return chart ? chart.data.datasets.map(function (d) { return d.label; }).join(',') : null;");
        assertThat(String.valueOf(drawn)).contains("mastodon").contains("x");
        assertThat(browser.findElement(By.cssSelector(".sd-dashboard-title")).getText())
                .isEqualTo("Social insights: Contacts per channel (CS)");
        assertThat(browser.findElement(By.cssSelector(".socialdesk-dashboard-open")).getAttribute("href"))
                .endsWith("/plugins/servlet/socialdesk/insights?project=CS");
        Accessibility.assertNoViolations(browser, "the dashboard item");
        Chromium.screenshot(browser, "insights-dashboard-item.png");
    }
}
