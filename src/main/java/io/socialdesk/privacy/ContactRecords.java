package io.socialdesk.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Store port: what SocialDesk holds about a contact, read for an export, erased on request, aged out by retention. */
public interface ContactRecords {
    /** Empty when no contact has this id. */
    Optional<ContactExport> export(long contactId);

    /**
     * Each inbound interaction of the contact, with the request it was routed to and the Jira user SocialDesk acted
     * as when it took it in (the intake user of its account, empty once the account is gone): what may have been
     * written into Jira for them.
     */
    List<Written> written(long contactId);

    /**
     * Removes the person from SocialDesk's store in one transaction: identities deleted; interaction texts, links and
     * author details cleared (rows, channels, times and outcomes kept, so counts in reports stay right); waiting
     * work dropped; the contact renamed to {@code placeholder} and unlinked from its Jira customer. False when there is
     * no such contact.
     */
    boolean erase(long contactId, String placeholder);

    /** Whether the contact was erased already: erasing it again must change nothing, in Jira or here. */
    boolean erased(long contactId);

    /**
     * The interaction's author deleted it: its words become {@code placeholder}; its media, context and link go; who
     * wrote it, when, and where it went stay. Safe to repeat.
     */
    void withdrawn(long interactionId, String placeholder);

    /** Where the interaction's media were attached, when it had media and was routed to a request. */
    Optional<Attached> attachedOf(long interactionId);

    /**
     * The interaction's author edited it at {@code editedAt}: its words become {@code text}, marked edited. Returns
     * whether this changed anything (false for an edit already applied, or an older one).
     */
    boolean edited(long interactionId, String text, java.time.Instant editedAt);

    /**
     * Retention: deletes at most {@code limit} finished interactions that happened before {@code cutoff}, then any
     * contact left with no interaction and no Jira customer, with its identities. Returns what was deleted.
     */
    Purged purgeBefore(Instant cutoff, int limit);

    /**
     * Contacts whose name, Jira customer, or an identity's handle, name or user id (a phone number) contains
     * {@code text}, case-insensitively; at most {@code limit}, newest first.
     */
    List<Found> find(String text, int limit);

    record Found(long contactId, String displayName, Optional<String> customerKey,
                 List<ContactExport.Identity> identities, int interactions) {
    }

    /**
     * {@code mediaPrefix}: the name every attachment made of the interaction's media starts with, when it had media.
     */
    record Written(long interactionId, Optional<Long> issueId, Optional<String> actorKey,
                   Optional<String> mediaPrefix) {
    }

    /** A post with media on a request: its attachments there are the ones named {@code prefix}…. */
    record Attached(long issueId, String prefix) {
    }

    /** {@code media}: the purged interactions' attachments, for the caller to remove from Jira. */
    record Purged(int interactions, int contacts, List<Attached> media) {
        public Purged(int interactions, int contacts) {
            this(interactions, contacts, List.of());
        }
    }
}
