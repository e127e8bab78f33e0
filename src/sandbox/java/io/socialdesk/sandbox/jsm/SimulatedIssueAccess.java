package io.socialdesk.sandbox.jsm;

import io.socialdesk.agent.IssueAccess;
import java.util.Optional;

/** The service desk's team browses and edits every request; nobody else sees any through the agent API. */
public final class SimulatedIssueAccess implements IssueAccess {
    private final SimulatedJsm jsm;

    public SimulatedIssueAccess(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Lookup find(String issueKey, Optional<String> userKey, Need need) {
        Optional<SimulatedJsm.Request> request = jsm.request(issueKey);
        boolean agent = userKey.filter(jsm::onTeam).isPresent();
        return request.isPresent() && agent ? new Lookup.Found(ref(request.get())) : new Lookup.NotFound();
    }

    @Override
    public Optional<IssueRef> byId(long issueId) {
        return jsm.requestById(issueId).map(SimulatedIssueAccess::ref);
    }

    @Override
    public boolean isServiceDeskRequest(long issueId) {
        return jsm.requestById(issueId).isPresent();
    }

    private static IssueRef ref(SimulatedJsm.Request r) {
        return new IssueRef(r.id(), r.key(), r.summary(), r.status(), r.resolvedAt().isPresent(),
                Optional.of(r.reporterKey()));
    }
}
