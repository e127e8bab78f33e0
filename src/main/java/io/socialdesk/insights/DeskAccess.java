package io.socialdesk.insights;

import java.util.Optional;

/** Port to Jira: the service desk of a project, when the user may browse that project. */
public interface DeskAccess {
    record Desk(int serviceDeskId, String projectKey, String name) {
    }

    /** Empty when there is no such project, it is not a service desk, or {@code userKey} may not browse it. */
    Optional<Desk> deskFor(String projectKey, String userKey);
}
