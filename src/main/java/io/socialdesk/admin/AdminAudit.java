package io.socialdesk.admin;

import java.util.Map;

/**
 * Port to Jira's audit log: what an admin changed in SocialDesk, what was exported, how an agent changed whom a
 * contact belongs to (link, merge, unlink, split) and where it is (a contact moved, a request merged into another);
 * never with a secret or a customer's words in it.
 */
public interface AdminAudit {
    enum Change {
        ACCOUNT_CONNECTED,
        ACCOUNT_CHANGED,
        ACCOUNT_DISCONNECTED,
        SECRET_ROTATED,
        SETTINGS_CHANGED,
        CONTACT_EXPORTED,
        CONTACT_ERASED,
        RETENTION_APPLIED,
        CONTACT_LINKED,
        CONTACTS_MERGED,
        CONTACT_UNLINKED,
        IDENTITY_SPLIT,
        CONTACT_MOVED,
        REQUESTS_MERGED,
        POST_WITHDRAWN
    }

    /** {@code details}: attribute i18n key to value (account name, channel, changed setting). */
    void record(Change change, Map<String, String> details);
}
