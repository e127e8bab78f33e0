package io.socialdesk.web;

import io.socialdesk.support.SqlConflicts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reaches the REST edge unhandled, in SocialDesk's error shape instead of the container's HTML page: a write the
 * database turned down for a concurrent one (SQLSTATE class 23 or 40, after the store's own bounded retries) is 503
 * with {@code Retry-After}, safe to send again; anything else is a bug, logged with its stack and answered 500 without
 * internals. JAX-RS's own answers (404, 405, 415) pass through unchanged.
 */
@Provider
public class ServerErrors implements ExceptionMapper<RuntimeException> {
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (SqlConflicts.retryable(exception).isPresent()) {
            LOG.info("SocialDesk: a write met a concurrent one and was refused; the client is asked to send it again",
                    exception);
            return new ApiError(503, "busy", Optional.empty(), "another change to the same data was being saved; "
                    + "send again in " + RETRY_AFTER.toSeconds() + " s", Optional.of(RETRY_AFTER)).response();
        }
        LOG.error("SocialDesk: a REST call failed", exception);
        return new ApiError(500, "internal", Optional.empty(), "SocialDesk could not complete this; the Jira log "
                + "has the details", Optional.empty()).response();
    }
}
