package io.socialdesk.contact;

import java.util.Optional;

/** Port to Jira's users: who a customer is, found by email (calls) or checked by key (an agent's link). */
public interface CustomerDirectory {
    /** The one active user with this email address; none when there is no such user or more than one. */
    Optional<String> keyByEmail(String email);

    /** The user's key if {@code usernameOrKey} names an active user. */
    Optional<String> resolve(String usernameOrKey);

    /** How Jira names the user with this key (for an agent to recognise them), if there is one. */
    Optional<String> displayName(String userKey);
}
