package io.socialdesk.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Meta's webhook verification handshake ({@code GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…},
 * developers.facebook.com/docs/graph-api/webhooks/getting-started): the challenge is echoed as plain text only for a
 * verify token an admin configured; anything else is 403. The same for Pages, Instagram and WhatsApp.
 */
public final class MetaHandshake {
    /** Meta's challenge is a number; anything else is not echoed. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private MetaHandshake() {
    }

    /** {@code refusal}: what a caller with a wrong token reads. */
    public static Response answer(String mode, String token, String challenge, Predicate<String> verifies,
                                  String refusal) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || !CHALLENGE.matcher(challenge).matches()
                || !verifies.test(token)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN).entity(refusal).build();
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).header("X-Content-Type-Options", "nosniff").build();
    }
}
