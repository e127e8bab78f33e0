package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import io.socialdesk.testing.MutableClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin console in headless Chromium on the sandbox, against the fake networks. Screenshots: target/screenshots. */
@RequiresChromium
class AdminConsoleBrowserIT {
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
        browser = Chromium.start(profile);
    }

    /** Runs also when start() failed part-way (no browser): whatever did start is stopped. */
    @AfterEach
    void stop() throws Exception {
        Chromium.stop(browser, feeds, sandbox);
    }

    @Test
    void givenTheConsole_whenAnAdminConnectsMastodonWithAWrongThenTheRightToken_thenTheFieldSaysWhyThenItIsSaved()
            throws Exception {
        // given
        open("alice", "en");
        int before = accounts().size();

        // when: a typo in the token, tested
        click(".socialdesk-connect-mastodon");
        type("name", "@acme on the fake instance");
        type("apiBaseUrl", feeds.mastodon().baseUrl().toString());
        type("credentials.accessToken", "typo");
        click(".socialdesk-test");
        waitFor(() -> !errorAt("credentials.accessToken").isEmpty());
        String refused = errorAt("credentials.accessToken");

        // and when: the right token, tested and saved
        field("credentials.accessToken").clear();
        type("credentials.accessToken", "sandbox-mastodon-token");
        click(".socialdesk-test");
        waitFor(() -> !field("ownUserId").getDomProperty("value").isEmpty());
        // saving without choosing the intake account is refused at that field
        click(".socialdesk-save");
        waitFor(() -> !errorAt("intakeUser").isEmpty());
        String noIntake = errorAt("intakeUser");
        type("intakeUser", "socialdesk");
        screenshot("admin-connect-mastodon");
        click(".socialdesk-save");
        waitFor(() -> accounts().size() == before + 1);

        // then
        assertThat(refused).contains("refused");
        assertThat(noIntake).contains("Jira username");
        assertThat(browser.findElement(By.cssSelector(".socialdesk-form-status")).getText()).isNotNull();
        var saved = sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.name().equals("@acme on the fake instance")).findFirst().orElseThrow();
        assertThat(saved.ownUserId()).contains("1");
        assertThat(saved.intakeUserKey()).isEqualTo("socialdesk");
        assertThat(sandbox.components().get(CredentialStore.class).credentials(saved.id()).get("accessToken"))
                .contains("sandbox-mastodon-token");
        assertThat(browser.getPageSource()).doesNotContain("sandbox-mastodon-token");
        screenshot("admin-accounts");
    }

    @Test
    void givenTheConsole_whenAnAdminOpensItAndAConnectForm_thenAuiStylesItAndAxeFindsNoWcagViolation() {
        // given
        open("alice", "en");
        Accessibility.assertStyledByAui(browser);
        Accessibility.assertNoViolations(browser, "the admin console");

        // when
        click(".socialdesk-connect-mastodon");
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-account-form")).isEmpty());

        // then
        Accessibility.assertNoViolations(browser, "the connect form");
    }

    @Test
    void givenTheConsole_whenAnAdminConnectsX_thenTheAccountKnowsItsOwnIdFromTestConnection() throws Exception {
        // given
        open("alice", "en");
        int before = accounts().size();

        // when
        click(".socialdesk-connect-x");
        type("name", "@acme on the fake X");
        field("apiBaseUrl").clear();
        type("apiBaseUrl", feeds.x().baseUrl().toString());
        type("credentials.consumerKey", "ck");
        type("credentials.consumerSecret", "cs");
        type("credentials.accessToken", "7-sandbox-x-token");
        type("credentials.accessTokenSecret", "ts");
        click(".socialdesk-test");
        waitFor(() -> "7".equals(field("ownUserId").getDomProperty("value")));
        type("intakeUser", "socialdesk");
        click(".socialdesk-save");
        waitFor(() -> accounts().size() == before + 1);

        // then
        assertThat(browser.findElements(By.cssSelector(".socialdesk-account-name")))
                .anyMatch(name -> name.getText().equals("@acme on the fake X"));
    }

    @Test
    void givenTheConsole_whenAnAdminConnectsWhatsApp_thenTestNamesTheNumberAndTheRowShowsTheWebhookUrlToCopy()
            throws Exception {
        // given
        open("alice", "en");
        int before = accounts().size();

        // when: the form asks the API address (Meta's by default) but no poll interval: WhatsApp pushes
        click(".socialdesk-connect-whatsapp");
        assertThat(field("apiBaseUrl").getDomProperty("value")).isEqualTo("https://graph.facebook.com");
        assertThat(browser.findElements(By.cssSelector(".socialdesk-account-form [name='pollSeconds']"))).isEmpty();
        type("name", "ACME on WhatsApp");
        field("apiBaseUrl").clear();
        type("apiBaseUrl", feeds.whatsapp().baseUrl().toString());
        type("credentials.phoneNumberId", io.socialdesk.sandbox.feeds.FakeWhatsApp.PHONE_NUMBER_ID);
        type("credentials.businessAccountId", io.socialdesk.sandbox.feeds.FakeWhatsApp.BUSINESS_ACCOUNT_ID);
        type("credentials.accessToken", "sandbox-whatsapp-token");
        type("credentials.appSecret", "a-secret");
        type("credentials.webhookVerifyToken", "a-verify-token");
        click(".socialdesk-test");
        waitFor(() -> browser.findElement(By.cssSelector(".socialdesk-form-status")).getText()
                .contains("ACME Support"));
        type("intakeUser", "socialdesk");
        click(".socialdesk-save");
        waitFor(() -> accounts().size() == before + 1);

        // then
        long id = sandbox.components().get(io.socialdesk.channel.ChannelAccounts.class).all().stream()
                .filter(a -> a.name().equals("ACME on WhatsApp")).findFirst().orElseThrow().id();
        waitFor(() -> !browser.findElements(By.cssSelector("tr[data-account-id='" + id + "'] .socialdesk-webhook"))
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr[data-account-id='" + id + "'] .socialdesk-webhook"))
                .getText()).endsWith("/rest/socialdesk/1.0/whatsapp/webhook");
        screenshot("admin-whatsapp");
    }

    @Test
    void givenTheConsole_whenAnAdminConnectsBlueskyWithAnAppPassword_thenTestConnectionFillsTheAccountsDid()
            throws Exception {
        // given
        open("alice", "en");
        int before = accounts().size();

        // when
        click(".socialdesk-connect-bluesky");
        type("name", "@acme.bsky.social on the fake PDS");
        field("apiBaseUrl").clear();
        type("apiBaseUrl", feeds.bluesky().baseUrl().toString());
        type("credentials.identifier", "acme.bsky.social");
        type("credentials.appPassword", "sand-box0-app0-pass");
        click(".socialdesk-test");
        waitFor(() -> field("ownUserId").getDomProperty("value").startsWith("did:plc:"));
        screenshot("admin-connect-bluesky");
        type("intakeUser", "socialdesk");
        click(".socialdesk-save");
        waitFor(() -> accounts().size() == before + 1);

        // then
        var saved = sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.name().equals("@acme.bsky.social on the fake PDS")).findFirst().orElseThrow();
        assertThat(saved.ownUserId()).contains(io.socialdesk.sandbox.feeds.FakeBluesky.COMPANY.did());
        assertThat(browser.findElements(By.cssSelector(".socialdesk-account-name")))
                .anyMatch(name -> name.getText().equals("@acme.bsky.social on the fake PDS"));
        assertThat(browser.getPageSource()).doesNotContain("sand-box0-app0-pass");
    }

    @Test
    void givenAShorterMergeWindowSavedInTheConsole_whenTheCustomerPostsAfterIt_thenANewRequest() throws Exception {
        // given
        sandbox.startPolling(Duration.ofMillis(100));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "first question", null, false);
        waitFor(() -> sandbox.jsm().requests().size() == 1);
        open("alice", "en");

        // when
        field("mergeWindowHours").clear();
        type("mergeWindowHours", "1");
        click(".socialdesk-settings-save");
        waitFor(() -> !browser.findElement(By.cssSelector(".socialdesk-settings-form .socialdesk-form-status"))
                .getText().isEmpty());
        screenshot("admin-settings");
        clock.advance(Duration.ofHours(2));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "a new question", null, false);

        // then
        waitFor(() -> sandbox.jsm().requests().size() == 2);
    }

    @Test
    void givenAPhoneLine_whenTheAdminRotatesItsSecret_thenTheNewOneIsShownOnceAndTheOldOneExpiresAfterADay()
            throws Exception {
        // given
        open("alice", "en");
        long line = sandbox.components().get(ChannelAccounts.class).all().stream()
                .filter(a -> a.kind().key().equals("phone")).findFirst().orElseThrow().id();
        browser.executeScript("window.confirm = function () { return true; };");

        // when
        browser.findElement(By.cssSelector("tr[data-account-id='" + line + "'] .socialdesk-rotate")).click();
        waitFor(() -> !browser.findElements(By.cssSelector(".socialdesk-secret-value")).isEmpty());
        String fresh = browser.findElement(By.cssSelector(".socialdesk-secret-value")).getDomProperty("value");
        screenshot("admin-phone-secret");

        // then: old accepted within the grace period, refused after it; the new one works
        assertThat(call(line, "b-1", "sandbox-webhook-secret")).isEqualTo(200);
        assertThat(call(line, "b-2", fresh)).isEqualTo(200);
        clock.advance(Duration.ofHours(25));
        assertThat(call(line, "b-3", "sandbox-webhook-secret")).isEqualTo(401);
        assertThat(browser.findElement(By.cssSelector("tr[data-account-id='" + line + "'] .socialdesk-webhook"))
                .getText()).contains("/rest/socialdesk/1.0/calls?line=" + line);
    }

    @Test
    void givenJanesRequest_whenAnAdminFindsHerAndErasesHer_thenHerRowGoesAndHerTextLeavesTheRequest()
            throws Exception {
        // given
        sandbox.startPolling(Duration.ofMillis(100));
        feeds.mastodon().post(SandboxFeeds.JANE_MASTODON, "my order is late", null, false);
        waitFor(() -> sandbox.jsm().requests().size() == 1);
        String key = sandbox.jsm().requests().get(0).key();
        open("alice", "en");
        browser.executeScript("window.confirm = function () { return true; };");

        // when: found by her handle on X
        type("q", "Jane_C");
        click(".socialdesk-privacy-find");
        waitFor(() -> !browser.findElements(By.cssSelector("tr.socialdesk-contact")).isEmpty());
        WebElement row = browser.findElement(By.cssSelector("tr.socialdesk-contact"));
        String found = row.getText();
        String export = row.findElement(By.cssSelector(".socialdesk-contact-export")).getDomAttribute("href");
        screenshot("admin-privacy");
        row.findElement(By.cssSelector(".socialdesk-contact-erase")).click();
        waitFor(() -> browser.findElements(By.cssSelector("tr.socialdesk-contact")).isEmpty());

        // then
        assertThat(found).contains("jane@customer.example").contains("mastodon: jane").contains("x: jane_c");
        assertThat(export).matches(".*/rest/socialdesk/1.0/admin/contacts/\\d+/export");
        assertThat(browser.findElement(By.cssSelector("#socialdesk-privacy .socialdesk-form-status")).getText())
                .startsWith("Erased.");
        assertThat(sandbox.jsm().request(key).orElseThrow().description()).doesNotContain("my order is late")
                .startsWith("[Removed at the customer's request");
    }

    @Test
    void givenAnAgent_whenOpeningTheConsole_thenRefused() {
        // when
        browser.get(sandbox.baseUrl().resolve("sandbox/login?user=bob&return=/plugins/servlet/socialdesk/admin")
                .toString());

        // then
        assertThat(browser.findElements(By.id("socialdesk-admin"))).isEmpty();
        assertThat(browser.getPageSource()).containsAnyOf("403", "Forbidden");
    }

    @Test
    void givenAJapaneseAdmin_whenOpeningTheConsole_thenItSpeaksJapanese() throws Exception {
        // when
        open("alice", "ja");

        // then
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SocialDesk チャネル");
        assertThat(browser.findElement(By.cssSelector(".socialdesk-connect-mastodon")).getText())
                .isEqualTo("Mastodon を接続");
        assertThat(browser.findElement(By.cssSelector(".socialdesk-settings-save")).getText()).isEqualTo("保存");
        screenshot("admin-japanese");
    }

    private void open(String user, String locale) {
        browser.get(sandbox.baseUrl().resolve("sandbox/login?user=" + user + "&locale=" + locale
                + "&return=/plugins/servlet/socialdesk/admin").toString());
        waitFor(() -> "true".equals(browser.findElement(By.id("socialdesk-admin")).getDomAttribute("data-loaded")));
    }

    private java.util.List<WebElement> accounts() {
        return browser.findElements(By.cssSelector("tr.socialdesk-account"));
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("[data-field='" + name + "'] input, [data-field='" + name
                + "'] textarea, [data-field='" + name + "'] select"));
    }

    private String errorAt(String name) {
        return browser.findElement(By.cssSelector("[data-field='" + name + "'] .socialdesk-field-error")).getText();
    }

    private void type(String name, String text) {
        field(name).sendKeys(text);
    }

    private void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }

    /** Every state of the console a screenshot shows (forms, the secret shown once, confirmations) is checked by axe. */
    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name + ".png");
        Accessibility.assertNoViolations(browser, name);
    }

    private int call(long line, String id, String secret) throws Exception {
        String body = "{\"callId\":\"" + id + "\",\"direction\":\"inbound\",\"from\":\"+14155550170\","
                + "\"to\":\"+14155550199\",\"startedAt\":\"2026-11-22T10:00:00Z\",\"status\":\"answered\"}";
        String now = Long.toString(clock.instant().getEpochSecond());
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(sandbox.baseUrl().resolve("rest/socialdesk/1.0/calls?line=" + line))
                    .header("Content-Type", "application/json").header("X-SocialDesk-Timestamp", now)
                    .header("X-SocialDesk-Signature", SignedWebhook.header(secret.getBytes(StandardCharsets.UTF_8),
                            now, body.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }
    }
}
