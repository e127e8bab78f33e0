package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;

/**
 * Jira's issue links with its default "Relates" and "Duplicate" link types; creating a link to a missing issue is a
 * CreateException.
 */
final class SimLinks implements IssueLinkManager, IssueLinkTypeManager {
    static final long RELATES = 10_003;
    static final long DUPLICATE = 10_002;

    private final SimulatedJsm jsm;

    SimLinks(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return switch (name) {
            case "Relates" -> List.of(() -> RELATES);
            case "Duplicate" -> List.of(() -> DUPLICATE);
            default -> List.of();
        };
    }

    @Override
    public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
        var source = jsm.requestById(sourceId);
        var destination = jsm.requestById(destinationId);
        if (source.isEmpty() || destination.isEmpty()) {
            return null;
        }
        List<String> linked = issueLinkTypeId == RELATES ? source.get().links()
                : issueLinkTypeId == DUPLICATE ? source.get().duplicates() : List.of();
        return linked.contains(destination.get().key()) ? () -> sourceId * 100_000 + destinationId : null;
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
        if (source.isEmpty() || destination.isEmpty()
                || issueLinkTypeId != RELATES && issueLinkTypeId != DUPLICATE) {
            throw new CreateException("cannot link issue " + sourceIssueId + " to " + destinationIssueId);
        }
        if (issueLinkTypeId == DUPLICATE) {
            jsm.linkDuplicate(source.get().key(), destination.get().key());
        } else {
            jsm.link(source.get().key(), destination.get().key());
        }
    }
}
