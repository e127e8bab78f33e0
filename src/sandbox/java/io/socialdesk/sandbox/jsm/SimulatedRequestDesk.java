package io.socialdesk.sandbox.jsm;

import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import java.util.Optional;

/**
 * The {@code request} port on the simulated JSM, keeping the same bookkeeping the Jira adapter keeps in Jira: the
 * interaction id in an issue property of the created request and in a property of each comment.
 */
public final class SimulatedRequestDesk implements RequestDesk {
    public static final String ISSUE_PROPERTY = "socialdesk-intake";
    public static final String COMMENT_PROPERTY = "socialdesk-interaction";

    private final SimulatedJsm jsm;

    public SimulatedRequestDesk(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Optional<RequestState> state(long issueId) {
        return jsm.requestById(issueId).map(this::state);
    }

    @Override
    public Optional<RequestState> createdFor(long interactionId) {
        return jsm.requestWithProperty(ISSUE_PROPERTY, marker(interactionId)).map(this::state);
    }

    @Override
    public RequestState create(NewRequest request) {
        String reporter = request.onBehalfOf().filter(u -> jsm.user(u).isPresent()).orElse(request.actorKey());
        SimulatedJsm.Request created = jsm.createRequest(request.summary(), request.description(), reporter,
                request.target().requestTypeId());
        jsm.setProperty(created.key(), ISSUE_PROPERTY, marker(request.interactionId()));
        return state(created);
    }

    @Override
    public void comment(long issueId, long interactionId, String body, boolean internal, String actorKey) {
        jsm.addCommentUnlessPresent(require(issueId).key(), actorKey, body, internal, COMMENT_PROPERTY,
                String.valueOf(interactionId));
    }

    @Override
    public void reopen(long issueId, String actorKey) {
        SimulatedJsm.Request request = require(issueId);
        if (request.resolvedAt().isPresent()) {
            jsm.transition(request.key(), "Waiting for support", false);
        }
    }

    @Override
    public void link(long issueId, long earlierIssueId, String actorKey) {
        jsm.link(require(issueId).key(), require(earlierIssueId).key());
    }

    private SimulatedJsm.Request require(long issueId) {
        return jsm.requestById(issueId).orElseThrow(() -> new IllegalArgumentException("no issue " + issueId));
    }

    private RequestState state(SimulatedJsm.Request r) {
        return new RequestState(r.id(), r.key(), jsm.serviceDesk().id(), r.resolvedAt().isPresent(), r.resolvedAt(),
                r.updated());
    }

    private static String marker(long interactionId) {
        return "{\"interactionId\":" + interactionId + "}";
    }
}
