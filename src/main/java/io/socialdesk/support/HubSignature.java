package io.socialdesk.support;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
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

    /**
     * The accounts whose secret signed {@code body}: each is tried, so one endpoint serves every app connected, and a
     * caller without a secret learns nothing of which accounts exist.
     */
    public static <A> List<A> signers(List<A> accounts, Function<A, Optional<String>> secret, byte[] body,
                                      Optional<String> header) {
        return header.map(h -> accounts.stream().filter(a -> secret.apply(a)
                .filter(s -> matches(s, body, h)).isPresent()).toList()).orElse(List.of());
    }

    /** Whether {@code given} is one of the verify tokens of Meta's handshake, compared in constant time. */
    public static boolean knownToken(Stream<String> tokens, String given) {
        byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
        return !given.isBlank() && tokens.anyMatch(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                bytes));
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
