package io.socialdesk.intake;

import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The requests one routing batch has looked at: each is read from Jira at most once per batch, then kept up to date
 * with what the batch itself did (a comment makes a request freshly updated, a reopen makes it open again, a create
 * adds one), so routing a customer's ten posts costs the Jira lookups of one.
 */
final class RequestStates {
    private final RequestDesk desk;
    private final Map<Long, Optional<RequestState>> seen = new HashMap<>();

    RequestStates(RequestDesk desk) {
        this.desk = desk;
    }

    Optional<RequestState> state(long issueId) {
        return seen.computeIfAbsent(issueId, desk::state);
    }

    /** A state Jira reported another way (the customer's request list): later reads in the batch use it. */
    void known(RequestState state) {
        seen.putIfAbsent(state.issueId(), Optional.of(state));
    }

    void after(RouteEffects.Routed routed, Instant now) {
        routed.created().ifPresent(created -> seen.put(created.issueId(), Optional.of(created)));
        if (routed.created().isEmpty()) {
            routed.issueId().ifPresent(issueId -> seen.computeIfPresent(issueId, (id, known) -> known.map(s ->
                    new RequestState(s.issueId(), s.key(), s.serviceDeskId(),
                            s.resolved() && routed.outcome() != RouteOutcome.REOPENED,
                            routed.outcome() == RouteOutcome.REOPENED ? Optional.empty() : s.resolvedAt(), now))));
        }
    }
}
