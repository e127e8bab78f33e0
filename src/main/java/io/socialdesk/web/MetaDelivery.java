package io.socialdesk.web;

import io.socialdesk.support.HubNotification;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A notification POSTed to one of Meta's webhook endpoints (Pages and Instagram, WhatsApp), read and answered alike:
 * the body within {@link RequestBody}'s limit, then 200 when taken, 503 with {@code Retry-After} when Meta should
 * deliver it again, 400 for a signed body that is not JSON, 401 for a signature of no connected account.
 */
public final class MetaDelivery {
    private MetaDelivery() {
    }

    /**
     * {@code notify}: what the endpoint's webhooks make of the raw body and the {@code X-Hub-Signature-256} header;
     * {@code signers}: whose app secret a valid signature is made with, for the 401's message.
     */
    public static Response answer(InputStream body, String signature,
                                  BiFunction<byte[], Optional<String>, HubNotification.Outcome> notify,
                                  String signers) {
        RequestBody.Read read = RequestBody.bytes(body);
        if (read instanceof RequestBody.Refused refused) {
            return refused.error().response();
        }
        byte[] raw = ((RequestBody.Bytes) read).bytes();
        return switch (notify.apply(raw, Optional.ofNullable(signature))) {
            case RECEIVED -> Response.ok(Json.write(Map.of("received", true)), MediaType.APPLICATION_JSON).build();
            case BUSY -> ApiError.busy(Duration.ofSeconds(5)).response();
            case NOT_JSON -> ApiError.invalid("body", "must be one JSON object (strict JSON, UTF-8)").response();
            case BAD_SIGNATURE -> ApiError.unauthorized("X-Hub-Signature-256 does not match the app secret of "
                    + signers).response();
        };
    }
}
