package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedHomeCredentialKeyTest {
    @TempDir
    Path home;

    @Test
    void givenTwoNodesOnOneSharedHome_whenEachReadsTheKey_thenBothUseTheSameOwnerOnlyFileThere() throws Exception {
        // when
        byte[] first = new SharedHomeCredentialKey(properties(Optional.of(home))).key().getEncoded();
        byte[] second = new SharedHomeCredentialKey(properties(Optional.of(home))).key().getEncoded();

        // then
        Path file = home.resolve("data/socialdesk/credentials.key");
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void givenAJiraWithoutSharedHome_whenReadingTheKey_thenTheLocalHomeHoldsIt() {
        // when
        new SharedHomeCredentialKey(properties(Optional.empty())).key();

        // then
        assertThat(home.resolve("local/data/socialdesk/credentials.key")).exists();
    }

    private ApplicationProperties properties(Optional<Path> shared) {
        return new ApplicationProperties() {
            @Override
            public String getBaseUrl(UrlMode urlMode) {
                return "https://jira.example";
            }

            @Override
            public Optional<Path> getLocalHomeDirectory() {
                return Optional.of(home.resolve("local"));
            }

            @Override
            public Optional<Path> getSharedHomeDirectory() {
                return shared;
            }
        };
    }
}
