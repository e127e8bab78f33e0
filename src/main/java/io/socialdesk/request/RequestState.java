package io.socialdesk.request;

import java.time.Instant;
import java.util.Optional;

/** What routing needs to know of a JSM request; {@code reporterKey}: its reporter's user key, when known. */
public record RequestState(long issueId, String key, int serviceDeskId, boolean resolved,
                           Optional<Instant> resolvedAt, Instant updated, Optional<String> reporterKey) {
    /** A state whose reporter was not read. */
    public RequestState(long issueId, String key, int serviceDeskId, boolean resolved, Optional<Instant> resolvedAt,
                        Instant updated) {
        this(issueId, key, serviceDeskId, resolved, resolvedAt, updated, Optional.empty());
    }
}
