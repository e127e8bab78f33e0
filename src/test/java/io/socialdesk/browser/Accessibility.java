package io.socialdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package, fetched by the build onto the test classpath) run in the page as it is: any WCAG 2 A or
 * AA violation fails the test, named with the elements it was found on. And AUI, as Jira loads it, is what styles the
 * page.
 */
final class Accessibility {
    private static final String AXE = read("/browser-axe/axe.min.js");

    private Accessibility() {
    }

    /** Fails on any WCAG 2.0/2.1 level A or AA violation in the page, or in {@code within} (a CSS selector) only. */
    static void assertNoViolations(ChromeDriver browser, String what, String within) {
        browser.executeScript(AXE);
        Object found = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(arguments[0] ? document.querySelector(arguments[0]) : document, {runOnly: {type: 'tag', "
                + "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(function (r) {"
                + "done(r.violations.map(function (v) { return {id: v.id, help: v.help, nodes: v.nodes.map("
                + "function (n) { return n.target.join(' '); })}; })); }, function (e) { done([{id: 'axe-error', "
                + "help: String(e), nodes: []}]); });", within);
        assertThat((List<?>) found).as("WCAG 2 A/AA violations on " + what).isEmpty();
    }

    static void assertNoViolations(ChromeDriver browser, String what) {
        assertNoViolations(browser, what, null);
    }

    /**
     * The page has AUI's stylesheet and script, as in Jira: an AUI button is drawn by AUI's rules (its 3.01px corner
     * radius is AUI's own value), and AJS is AUI's.
     */
    static void assertStyledByAui(ChromeDriver browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.executeScript("var b = document.querySelector("
                + "'.aui-button'); return {sheet: Array.prototype.some.call(document.styleSheets, function (s) {"
                + "return (s.href || '').indexOf('/sandbox/aui/aui-prototyping.css') >= 0; }), radius: b ? "
                + "getComputedStyle(b).borderTopLeftRadius : null, aui: !!(window.AJS && AJS.version)};");
        assertThat(seen).containsEntry("sheet", true).containsEntry("radius", "3.01px").containsEntry("aui", true);
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build fetches it from the npm registry "
                        + "(pom.xml, npm-web-libraries)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
