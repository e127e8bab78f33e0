package io.socialdesk.privacy;

import java.util.Optional;

/** Store port: what SocialDesk holds about a contact, read for an export. */
public interface ContactRecords {
    /** Empty when no contact has this id. */
    Optional<ContactExport> export(long contactId);
}
