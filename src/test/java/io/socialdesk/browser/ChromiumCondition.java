package io.socialdesk.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests, saying why, when Chromium is not installed and the build does not require it. */
final class ChromiumCondition implements ExecutionCondition {
    static final String REQUIRE_PROPERTY = "socialdesk.requireBrowser";
    private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            return ConditionEvaluationResult.enabled(REQUIRE_PROPERTY + "=true: the browser tests must run");
        }
        String reason = "SKIPPED browser tests: " + Chromium.MISSING + " (or run with -D" + REQUIRE_PROPERTY
                + "=true to make their absence a failure, as .ci/run does)";
        if (NOTICE_PRINTED.compareAndSet(false, true)) {
            System.err.println("\n*** " + reason + " ***\n");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
