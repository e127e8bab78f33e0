package io.socialdesk.agent;

import java.util.List;
import java.util.Optional;

/** Store port: the interactions of a contact, newest first, and the contact a request belongs to. */
public interface HistoryLog {
    /** The contact of the request's first customer interaction (posts, calls), if SocialDesk knows one. */
    Optional<Long> contactOfIssue(long issueId);

    /** One page of the contact's timeline, newest first; {@code limit + 1} rows are read to know if more follow. */
    List<HistoryEntry> timeline(long contactId, int offset, int limit);

    /** Requests the contact's interactions are on, most recent first. */
    List<Long> issuesOfContact(long contactId, int limit);

    /** The newest inbound post on a request from a channel that can be replied on: what a reply answers. */
    Optional<io.socialdesk.intake.Interaction> latestInboundPost(long issueId);
}
