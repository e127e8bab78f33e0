package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;

/** Jira's issue links with its default "Relates" link type; creating a link to a missing issue is a CreateException. */
final class SimLinks implements IssueLinkManager, IssueLinkTypeManager {
    static final long RELATES = 10_003;

    private final SimulatedJsm jsm;

    SimLinks(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return "Relates".equals(name) ? List.of(() -> RELATES) : List.of();
    }

    @Override
    public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
        var source = jsm.requestById(sourceId);
        var destination = jsm.requestById(destinationId);
        if (source.isEmpty() || destination.isEmpty() || issueLinkTypeId != RELATES
                || !source.get().links().contains(destination.get().key())) {
            return null;
        }
        return () -> sourceId * 100_000 + destinationId;
    }

    @Override
    public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) {
        long id = issueLink.getId();
        var source = jsm.requestById(id / 100_000);
        var destination = jsm.requestById(id % 100_000);
        if (source.isPresent() && destination.isPresent()) {
            jsm.unlink(source.get().key(), destination.get().key());
        }
    }

    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                                ApplicationUser remoteUser) throws CreateException {
        var source = jsm.requestById(sourceIssueId);
        var destination = jsm.requestById(destinationIssueId);
        if (source.isEmpty() || destination.isEmpty() || issueLinkTypeId != RELATES) {
            throw new CreateException("cannot link issue " + sourceIssueId + " to " + destinationIssueId);
        }
        jsm.link(source.get().key(), destination.get().key());
    }
}
