package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.socialdesk.channel.Installation;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The installation's id: the first 12 hex digits of the SHA-256 of Jira's canonical base URL. A staging clone keeps
 * production's database (and any id stored in it) but runs at its own address, so this tells them apart; it changes
 * only when the base URL does, which restarts nothing but idempotency keys.
 */
@Component
public class JiraInstallation implements Installation {
    private final ApplicationProperties application;

    @Inject
    public JiraInstallation(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    application.getBaseUrl(UrlMode.CANONICAL).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
