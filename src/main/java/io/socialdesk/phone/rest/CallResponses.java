package io.socialdesk.phone.rest;

import io.socialdesk.intake.PushedIntake;
import io.socialdesk.phone.ParsedCall;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The call webhook's answers: JSON errors that name the field, and what became of an accepted call. */
final class CallResponses {
    private CallResponses() {
    }

    static Response of(PushedIntake.Outcome outcome) {
        return switch (outcome) {
            case PushedIntake.Outcome.Logged logged -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("interactionId", logged.interactionId());
                body.put("issueId", logged.issueId().orElse(null));
                body.put("repeated", logged.repeated());
                yield json(200, body);
            }
            // the customer's contact is busy with another delivery: safe to send again shortly
            case PushedIntake.Outcome.Busy busy -> ApiError.busy(Duration.ofSeconds(5)).response();
        };
    }

    static Response ignored(String status) {
        return json(200, Map.of("ignored", true, "status", status));
    }

    static Response invalid(ParsedCall.Invalid invalid) {
        return ApiError.invalid(invalid.field(), invalid.message()).response();
    }

    static Response unauthorized(SignedWebhook.Verdict verdict) {
        String message = switch (verdict) {
            case MISSING -> "signature or timestamp missing";
            case EXPIRED -> "timestamp outside the five-minute window";
            default -> "signature does not match";
        };
        return ApiError.unauthorized(message).response();
    }

    static Response noLine(String message) {
        return ApiError.notFound("line", message).response();
    }

    private static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Json.write(body)).build();
    }
}
