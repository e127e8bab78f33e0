package io.socialdesk.browser;

import io.socialdesk.sandbox.SandboxServer;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sandbox's issue view with SocialDesk's panel, as the browser tests open and read it. */
record IssuePage(ChromeDriver browser, SandboxServer sandbox) {
    /** Opens the request as Alice (an agent and admin). */
    void open(String key) {
        browser.get(sandbox.baseUrl().resolve("sandbox/login?user=alice&return=/browse/" + key).toString());
    }

    WebElement panel() {
        return browser.findElement(By.cssSelector(".socialdesk-history"));
    }

    List<WebElement> entries() {
        return browser.findElements(By.cssSelector(".socialdesk-history .socialdesk-entry"));
    }

    void waitFor(BooleanSupplier condition) {
        Chromium.waitForPanel(browser, Duration.ofSeconds(20), condition);
    }
}
