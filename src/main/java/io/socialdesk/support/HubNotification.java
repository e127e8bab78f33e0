package io.socialdesk.support;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A notification from one of Meta's webhooks (Pages, Instagram, WhatsApp), opened the one way all of them are: the
 * signature first, against every connected account's app secret, then the body as strict JSON. An unsigned body is
 * never parsed, so its sender learns nothing of what it sent.
 */
public sealed interface HubNotification<A> {
    /** What a notification led to, as the webhook endpoints answer it. */
    enum Outcome {
        /** Signed, and taken. */
        RECEIVED,
        /** Signed, but something in it could not be stored now (database conflicts): Meta should deliver it again. */
        BUSY,
        /** Signed, but not one JSON object. */
        NOT_JSON,
        /** Not signed with the app secret of any connected account. */
        BAD_SIGNATURE
    }

    /** Signed with the app secret of {@code signers}, and one JSON object. */
    record Opened<A>(List<A> signers, JsonObject json) implements HubNotification<A> {
    }

    /** Not opened, for {@code outcome}: {@link Outcome#BAD_SIGNATURE} or {@link Outcome#NOT_JSON}. */
    record Refused<A>(Outcome outcome) implements HubNotification<A> {
    }

    /** {@code signature}: the {@code X-Hub-Signature-256} header, {@code sha256=<hex HMAC of the body>}. */
    static <A> HubNotification<A> open(List<A> accounts, Function<A, Optional<String>> secret, byte[] body,
                                       Optional<String> signature) {
        List<A> signers = HubSignature.signers(accounts, secret, body, signature);
        if (signers.isEmpty()) {
            return new Refused<>(Outcome.BAD_SIGNATURE);
        }
        return StrictJson.object(new String(body, StandardCharsets.UTF_8))
                .<HubNotification<A>>map(json -> new Opened<>(signers, json))
                .orElseGet(() -> new Refused<>(Outcome.NOT_JSON));
    }
}
