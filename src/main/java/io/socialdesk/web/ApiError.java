package io.socialdesk.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one error shape of SocialDesk's REST API: {@code {"error": code, "field": name or null, "message": text}}.
 * {@code field} names the JSON field (or query or path parameter) to fix; {@code message} is a sentence for a person.
 */
public record ApiError(int status, String code, Optional<String> field, String message,
                       Optional<Duration> retryAfter) {
    public static ApiError invalid(String field, String message) {
        return new ApiError(400, "invalid", Optional.of(field), message, Optional.empty());
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", Optional.empty(), message, Optional.empty());
    }

    /** An admin endpoint outside a secure administrator session: Jira asks for the password again first. */
    public static ApiError secureSessionNeeded() {
        return new ApiError(401, "websudo_required", Optional.empty(), "a secure administrator session is needed: "
                + "confirm your password in Jira's administration and try again", Optional.empty());
    }

    public static ApiError forbidden(String field, String message) {
        return new ApiError(403, "forbidden", Optional.of(field), message, Optional.empty());
    }

    public static ApiError notFound(String field, String message) {
        return new ApiError(404, "not_found", Optional.of(field), message, Optional.empty());
    }

    /** The request is valid but clashes with what exists; the message says how to go ahead. */
    public static ApiError conflict(String field, String message) {
        return new ApiError(409, "conflict", Optional.of(field), message, Optional.empty());
    }

    public static ApiError tooLarge(int limitBytes) {
        return new ApiError(413, "too_large", Optional.of("body"), "the body exceeds " + limitBytes / 1024 + " KiB",
                Optional.empty());
    }

    /** Safe to send again after {@code wait}: another delivery of the same customer holds their lock. */
    public static ApiError busy(Duration wait) {
        return new ApiError(503, "busy", Optional.empty(), "busy with another delivery for this customer; "
                + "send again in " + wait.toSeconds() + " s", Optional.of(wait));
    }

    /** A reply the network did not take (502, a gateway failure), with the network's reason for the agent. */
    public static ApiError notSent(String reason) {
        return new ApiError(502, "not_sent", Optional.empty(), reason, Optional.empty());
    }

    public Response response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("field", field.orElse(null));
        body.put("message", message);
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(Json.write(body));
        retryAfter.ifPresent(wait -> builder.header("Retry-After", String.valueOf(wait.toSeconds())));
        return builder.build();
    }
}
