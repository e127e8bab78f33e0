package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import io.socialdesk.store.CredentialKey;
import io.socialdesk.store.FileCredentialKey;
import jakarta.inject.Inject;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * The credential key in Jira's shared home ({@code data/socialdesk/credentials.key}), so every node of a cluster
 * decrypts with the same key; Jira Server without a shared home uses the local home.
 */
@Component
public class SharedHomeCredentialKey implements CredentialKey {
    private final FileCredentialKey file;

    @Inject
    public SharedHomeCredentialKey(@ComponentImport ApplicationProperties applicationProperties) {
        Path home = applicationProperties.getSharedHomeDirectory()
                .or(applicationProperties::getLocalHomeDirectory)
                .orElseThrow(() -> new IllegalStateException("Jira reports no home directory"));
        this.file = new FileCredentialKey(home.resolve("data").resolve("socialdesk").resolve("credentials.key"));
    }

    @Override
    public SecretKey key() {
        return file.key();
    }
}
