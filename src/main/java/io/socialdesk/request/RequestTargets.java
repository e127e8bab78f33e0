package io.socialdesk.request;

import io.socialdesk.channel.RequestTarget;
import java.util.List;
import java.util.Optional;

/** Port: whether a service desk and request type exist and fit together, checked when an admin saves an account. */
public interface RequestTargets {
    /** The field to fix and why, or empty when requests can be raised there as {@code actorKey}. */
    record Problem(String field, String message) {
    }

    Optional<Problem> problem(RequestTarget target, String actorKey);

    /** A service desk an account can raise requests in, with its request types, for the admin's pickers. */
    record Desk(int id, String name, List<Choice> requestTypes) {
    }

    record Choice(int id, String name) {
    }

    /** The service desks {@code actorKey} may raise requests in (at most 100), with their request types. */
    List<Desk> desks(String actorKey);

    /** One service desk's request types as {@code actorKey} sees them (none for a user or desk JSM does not know). */
    List<Choice> requestTypes(int serviceDeskId, String actorKey);

    /** The key of the active Jira user with this username; empty when there is none. */
    Optional<String> activeUserKey(String username);

    /** The username of the user with this key, for showing it; empty when Jira has no such user. */
    Optional<String> username(String userKey);
}
