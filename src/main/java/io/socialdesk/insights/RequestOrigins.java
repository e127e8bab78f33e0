package io.socialdesk.insights;

import java.util.Optional;

/** Host port: a request's origin, read as {@code asUserKey} (an agent); empty when it is gone or not a request. */
public interface RequestOrigins {
    Optional<RequestOrigin> of(long issueId, String asUserKey);
}
