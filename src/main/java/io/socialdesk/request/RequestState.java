package io.socialdesk.request;

import java.time.Instant;
import java.util.Optional;

/** What routing needs to know of a JSM request. */
public record RequestState(long issueId, String key, int serviceDeskId, boolean resolved,
                           Optional<Instant> resolvedAt, Instant updated) {
}
