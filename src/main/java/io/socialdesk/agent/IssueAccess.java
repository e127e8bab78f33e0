package io.socialdesk.agent;

import java.util.Optional;

/**
 * Port to Jira's issues and permissions for the agent's side. A request the user may not browse is reported as
 * not found, as Jira itself does, so the REST API never tells a stranger which request keys exist.
 */
public interface IssueAccess {
    record IssueRef(long id, String key, String summary, String status, boolean resolved,
                    Optional<String> reporterKey) {
    }

    enum Need {
        BROWSE,
        EDIT
    }

    sealed interface Lookup {
        record Found(IssueRef issue) implements Lookup {
        }

        record NotFound() implements Lookup {
        }

        /** The user may browse the request but not do what was asked (e.g. reply without edit permission). */
        record Forbidden() implements Lookup {
        }
    }

    Lookup find(String issueKey, Optional<String> userKey, Need need);

    Optional<IssueRef> byId(long issueId);

    /** The issue if the user may browse it (Jira's browse permission); empty otherwise, as for a missing one. */
    Optional<IssueRef> visibleTo(long issueId, Optional<String> userKey);

    /** Whether the issue is a request of a service desk project: the panel shows on those only. */
    boolean isServiceDeskRequest(long issueId);
}
