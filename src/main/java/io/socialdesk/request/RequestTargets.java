package io.socialdesk.request;

import io.socialdesk.channel.RequestTarget;
import java.util.Optional;

/** Port: whether a service desk and request type exist and fit together, checked when an admin saves an account. */
public interface RequestTargets {
    /** The field to fix and why, or empty when requests can be raised there as {@code actorKey}. */
    record Problem(String field, String message) {
    }

    Optional<Problem> problem(RequestTarget target, String actorKey);
}
