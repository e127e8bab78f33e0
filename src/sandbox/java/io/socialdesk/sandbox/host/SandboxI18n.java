package io.socialdesk.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** SAL i18n over the plugin's real bundle; a missing key shows as the key, as in Jira. */
public final class SandboxI18n implements I18nResolver {
    private final Properties bundle = new Properties();

    public SandboxI18n() {
        try (InputStream in = SandboxI18n.class.getResourceAsStream("/i18n/socialdesk.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/socialdesk.properties is not on the classpath");
            }
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key) {
        return bundle.getProperty(key, key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return new MessageFormat(getText(key), Locale.ROOT).format(arguments);
    }
}
