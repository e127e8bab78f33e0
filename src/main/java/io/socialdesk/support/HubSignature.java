package io.socialdesk.support;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature, {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app
 * secret>}, compared in constant time (developers.facebook.com/docs/graph-api/webhooks/getting-started, "Validate
 * payloads"). Pages, Instagram and WhatsApp notifications are signed alike.
 */
public final class HubSignature {
    private HubSignature() {
    }

    public static boolean matches(String secret, byte[] body, String header) {
        if (secret.isEmpty() || !header.startsWith("sha256=")) {
            return false;
        }
        try {
            byte[] given = HexFormat.of().parseHex(header.substring("sha256=".length()));
            return MessageDigest.isEqual(sign(secret, body), given);
        } catch (IllegalArgumentException e) {
            return false; // not hex
        }
    }

    /** The header's value for {@code body} signed with {@code secret}. */
    public static String header(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(sign(secret, body));
    }

    private static byte[] sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
