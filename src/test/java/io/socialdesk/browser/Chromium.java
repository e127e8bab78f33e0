package io.socialdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium through Debian's chromedriver (packages chromium and chromium-driver; .ci/run installs them).
 * Nothing is downloaded: the binaries are named, so Selenium Manager is never asked. Flags keep a headless root
 * Chromium off the network it cannot reach here.
 */
final class Chromium {
    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    static final String MISSING = "Chromium is not installed (" + BROWSER + ", " + DRIVER + "); install it with "
            + "apt-get install chromium chromium-driver";

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static ChromeDriver start(Path profile) {
        if (!installed()) {
            throw new IllegalStateException(MISSING);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Where the browser tests' screenshots go (the README shows some of them). */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Quits the browser, then closes the rest in order, each also when the one before failed; anything still null
     * (a start() that failed part-way) is passed over.
     */
    static void stop(ChromeDriver browser, AutoCloseable... rest) throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            close(rest, 0);
        }
    }

    private static void close(AutoCloseable[] rest, int next) throws Exception {
        if (next == rest.length) {
            return;
        }
        try {
            if (rest[next] != null) {
                rest[next].close();
            }
        } finally {
            close(rest, next + 1);
        }
    }

    /**
     * Waits for a panel condition: the panel redraws itself after an action, so an element read mid-redraw is read
     * again.
     */
    static void waitForPanel(ChromeDriver browser, Duration patience, BooleanSupplier condition) {
        new WebDriverWait(browser, patience).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    static void screenshot(ChromeDriver browser, String file) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(file),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
