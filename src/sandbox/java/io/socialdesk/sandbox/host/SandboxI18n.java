package io.socialdesk.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL i18n over the plugin's real bundles, in the acting user's language as Jira resolves it (the sandbox takes it
 * from the cookie {@code sandbox-locale}); a missing key shows as the key, as in Jira. Bundles are read as Jira reads
 * them, through {@link ResourceBundle}, falling back to the English base bundle.
 */
public final class SandboxI18n implements I18nResolver {
    private static final String BUNDLE = "i18n/socialdesk";
    private static final ThreadLocal<Locale> CURRENT = ThreadLocal.withInitial(() -> Locale.ENGLISH);

    public static void useLocale(Locale locale) {
        CURRENT.set(locale);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static Locale locale() {
        return CURRENT.get();
    }

    @Override
    public String getText(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, CURRENT.get(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(getText(key), CURRENT.get()).format(arguments);
    }
}
