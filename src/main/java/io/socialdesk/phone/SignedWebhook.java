package io.socialdesk.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic call webhook's lock: {@code X-SocialDesk-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." +
 * raw body)>} with {@code X-SocialDesk-Timestamp} in Unix seconds, at most five minutes off, so a captured request
 * cannot be replayed later. Compared in constant time.
 */
public final class SignedWebhook {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String VERSION = "v1=";

    public enum Verdict {
        VALID,
        MISSING,
        EXPIRED,
        WRONG
    }

    private SignedWebhook() {
    }

    public static Verdict verify(byte[] secret, Optional<String> timestamp, Optional<String> signature, byte[] body,
                                 Instant now) {
        if (timestamp.isEmpty() || signature.isEmpty() || secret.length == 0) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.get().trim());
        } catch (NumberFormatException e) {
            return Verdict.WRONG;
        }
        // bounds around now, not |now - seconds|: that difference overflows for timestamps near Long.MIN_VALUE
        if (seconds < now.getEpochSecond() - WINDOW.toSeconds() || seconds > now.getEpochSecond() + WINDOW.toSeconds()) {
            return Verdict.EXPIRED;
        }
        String given = signature.get().trim();
        if (!given.startsWith(VERSION)) {
            return Verdict.WRONG;
        }
        byte[] expected = HexFormat.of().formatHex(sign(secret, timestamp.get().trim(), body))
                .getBytes(StandardCharsets.US_ASCII);
        byte[] actual = given.substring(VERSION.length()).toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) ? Verdict.VALID : Verdict.WRONG;
    }

    /** The signature a sender computes; public so telephony adapters and the sandbox sign the same way. */
    public static String header(byte[] secret, String timestamp, byte[] body) {
        return VERSION + HexFormat.of().formatHex(sign(secret, timestamp, body));
    }

    private static byte[] sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
