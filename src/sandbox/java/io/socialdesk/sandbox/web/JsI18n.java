package io.socialdesk.sandbox.web;

import com.google.gson.Gson;
import io.socialdesk.sandbox.host.SandboxI18n;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for Jira's {@code jsI18n} web-resource transformer: each literal {@code AJS.I18n.getText('key')} in a
 * plugin script becomes the key's text in the viewer's language, as a JavaScript string literal.
 */
final class JsI18n {
    private static final Pattern CALL = Pattern.compile("AJS\\.I18n\\.getText\\((['\"])([\\w.:\\-]+)\\1\\)");
    private static final Gson GSON = new Gson();

    private JsI18n() {
    }

    static String transform(String script) {
        Matcher matcher = CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        SandboxI18n i18n = new SandboxI18n();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(GSON.toJson(i18n.getText(matcher.group(2)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
