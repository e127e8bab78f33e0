package io.socialdesk.phone;

import io.socialdesk.channel.Credentials;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A phone line's signing secrets. Rotating one keeps the previous secret valid for a grace period, so the telephony
 * system can be switched over without losing the calls it signs in the meantime; after that only the new one counts.
 */
public final class LineSecrets {
    public static final String CURRENT = "webhookSecret";
    static final String PREVIOUS = "previousWebhookSecret";
    static final String PREVIOUS_UNTIL = "previousWebhookSecretUntil";
    public static final Duration GRACE = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private LineSecrets() {
    }

    /** A new secret (256 random bits, URL-safe Base64). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The line's secrets with {@code fresh} as the current one and the old one kept until {@code now + GRACE}. */
    public static Credentials rotated(Credentials stored, String fresh, Instant now) {
        Map<String, String> values = new HashMap<>(stored.values());
        stored.get(CURRENT).ifPresent(old -> {
            values.put(PREVIOUS, old);
            values.put(PREVIOUS_UNTIL, Long.toString(now.plus(GRACE).toEpochMilli()));
        });
        values.put(CURRENT, fresh);
        return new Credentials(values);
    }

    /** The signature checked against the current secret, then against the previous one while its grace lasts. */
    public static SignedWebhook.Verdict verify(Credentials stored, Optional<String> timestamp,
                                               Optional<String> signature, byte[] body, Instant now) {
        SignedWebhook.Verdict verdict = SignedWebhook.verify(bytes(stored.get(CURRENT)), timestamp, signature, body,
                now);
        if (verdict != SignedWebhook.Verdict.WRONG) {
            return verdict;
        }
        boolean inGrace = stored.get(PREVIOUS_UNTIL).flatMap(LineSecrets::millis)
                .filter(until -> now.toEpochMilli() < until).isPresent();
        return inGrace && stored.get(PREVIOUS).isPresent()
                ? SignedWebhook.verify(bytes(stored.get(PREVIOUS)), timestamp, signature, body, now) : verdict;
    }

    private static byte[] bytes(Optional<String> secret) {
        return secret.orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Optional<Long> millis(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
