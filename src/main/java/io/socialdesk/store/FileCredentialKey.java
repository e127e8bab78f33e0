package io.socialdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit key in a file, created on first use with owner-only permissions. Creation is atomic (CREATE_NEW), so two
 * nodes starting together on one shared home agree on one key.
 */
public final class FileCredentialKey implements CredentialKey {
    private static final int KEY_BYTES = 32;
    private final Path file;
    private volatile SecretKey key;

    public FileCredentialKey(Path file) {
        this.file = file;
    }

    @Override
    public SecretKey key() {
        SecretKey loaded = key;
        if (loaded == null) {
            loaded = load();
            key = loaded;
        }
        return loaded;
    }

    private SecretKey load() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                create();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException("credential key file " + file + " is not a 256-bit key");
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the credential key " + file, e);
        }
    }

    private void create() throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the home directory's ACLs protect it
            }
            Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException anotherNodeWon) {
                // keep the key the other node wrote
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
