package io.socialdesk.agent;

import java.util.List;
import java.util.Set;

/** Store port for identity suggestions: look-alike identities of other contacts, and the matches agents rejected. */
public interface SuggestionStore {
    /** Another contact's identity whose display name or handle is exactly one of those given. */
    record Lookalike(long contactId, String channel, String handle, String displayName) {
    }

    /** Identities of contacts other than {@code contactId} with one of these display names or handles; bounded. */
    List<Lookalike> lookalikes(long contactId, Set<String> displayNames, Set<String> handles, int limit);

    /** Another contact's inbound message containing a text (a customer number), and when it was written. */
    record Mention(long contactId, java.time.Instant occurredAt) {
    }

    /** Other contacts whose inbound messages contain {@code text} literally; newest first, bounded. */
    List<Mention> mentioning(long contactId, String text, int limit);

    /** Targets ("customer:key", "contact:id") rejected for this contact. */
    Set<String> rejected(long contactId);

    /** Remembers the rejection; repeating it changes nothing. */
    void reject(long contactId, String target, String userKey);
}
