package io.socialdesk.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Debian's Chromium. Without it installed the tests are skipped with a notice, so
 * {@code mvn verify} passes on a fresh machine; with {@code -Dsocialdesk.requireBrowser=true} (as {@code .ci/run}
 * sets) they run regardless and fail if Chromium is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
@interface RequiresChromium {
}
