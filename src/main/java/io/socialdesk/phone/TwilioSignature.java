package io.socialdesk.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request validation: {@code X-Twilio-Signature} = Base64(HMAC-SHA1(auth token, full URL + every POST
 * parameter name and value, sorted by name)). Compared in constant time.
 */
public final class TwilioSignature {
    private TwilioSignature() {
    }

    public static boolean valid(String authToken, String url, Map<String, String> params, Optional<String> header) {
        if (authToken.isEmpty() || header.isEmpty()) {
            return false;
        }
        byte[] expected = compute(authToken, url, params).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.get().trim().getBytes(StandardCharsets.US_ASCII));
    }

    public static String compute(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
