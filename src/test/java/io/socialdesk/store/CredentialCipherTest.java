package io.socialdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCipherTest {
    @TempDir
    Path home;

    @Test
    void givenASecret_whenEncryptedAndDecryptedForTheSameAccount_thenItComesBackAndIsNotVisibleAtRest()
            throws Exception {
        // given
        CredentialCipher cipher = new CredentialCipher(new FileCredentialKey(home.resolve("k")).key());

        // when
        String stored = cipher.encrypt(7, "{\"accessToken\":\"s3cret\"}");

        // then
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret");
        assertThat(cipher.decrypt(7, stored)).isEqualTo("{\"accessToken\":\"s3cret\"}");
        assertThat(cipher.encrypt(7, "same")).isNotEqualTo(cipher.encrypt(7, "same"));
    }

    @Test
    void givenACiphertextMovedToAnotherAccountOrAltered_whenDecrypted_thenItFails() {
        // given
        CredentialCipher cipher = new CredentialCipher(new FileCredentialKey(home.resolve("k")).key());
        String stored = cipher.encrypt(7, "secret");
        byte[] raw = java.util.Base64.getDecoder().decode(stored.substring(3));
        raw[14] ^= 0x01; // one bit of the ciphertext, past the 12-byte nonce
        String altered = "v1:" + java.util.Base64.getEncoder().encodeToString(raw);

        // when / then
        assertThatThrownBy(() -> cipher.decrypt(8, stored)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> cipher.decrypt(7, altered))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void givenADifferentKey_whenDecrypting_thenItFails() {
        // given
        String stored = new CredentialCipher(new FileCredentialKey(home.resolve("a")).key()).encrypt(7, "secret");

        // when / then
        assertThatThrownBy(() -> new CredentialCipher(new FileCredentialKey(home.resolve("b")).key())
                .decrypt(7, stored)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void givenNoKeyFile_whenFirstUsed_thenAnOwnerOnly256BitKeyIsCreatedAndReusedByOtherNodes() throws Exception {
        // given
        Path file = home.resolve("shared/data/socialdesk/credentials.key");

        // when
        byte[] first = new FileCredentialKey(file).key().getEncoded();
        byte[] second = new FileCredentialKey(file).key().getEncoded();

        // then
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }
}
