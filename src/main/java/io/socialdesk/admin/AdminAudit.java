package io.socialdesk.admin;

import java.util.Map;

/** Port to Jira's audit log: what an admin changed in SocialDesk, never with a secret in it. */
public interface AdminAudit {
    enum Change {
        ACCOUNT_CONNECTED,
        ACCOUNT_CHANGED,
        ACCOUNT_DISCONNECTED,
        SECRET_ROTATED,
        SETTINGS_CHANGED,
        CONTACT_EXPORTED
    }

    /** {@code details}: attribute i18n key to value (account name, channel, changed setting). */
    void record(Change change, Map<String, String> details);
}
