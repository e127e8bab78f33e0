package io.socialdesk.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for account secrets at rest. Each value gets a fresh 96-bit nonce; the account id is authenticated
 * data, so a ciphertext copied onto another account's row fails to decrypt instead of lending it the secret.
 */
final class CredentialCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String VERSION = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    CredentialCipher(SecretKey key) {
        this.key = key;
    }

    String encrypt(long accountId, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(accountId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Throws {@link GeneralSecurityException} when the value was altered, moved or encrypted under another key. */
    String decrypt(long accountId, String stored) throws GeneralSecurityException {
        if (!stored.startsWith(VERSION)) {
            throw new GeneralSecurityException("unknown credential format");
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
        cipher.updateAAD(aad(accountId));
        return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    private static byte[] aad(long accountId) {
        return ("io.socialdesk.account:" + accountId).getBytes(StandardCharsets.UTF_8);
    }
}
