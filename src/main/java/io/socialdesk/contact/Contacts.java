package io.socialdesk.contact;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import java.util.List;
import java.util.Optional;

/** Store port: contacts and their identities, one identity per {@link IdentityRef}. */
public interface Contacts {
    /** The contact behind this author, created with its identity on first sight. Safe when two nodes race. */
    Contact identify(IdentityRef identity, Author author);

    Optional<Contact> byId(long contactId);

    boolean hasIdentity(long contactId, ChannelKind kind);

    /** The contact linked to this Jira customer, if any. */
    Optional<Contact> byCustomer(String customerKey);

    List<Identity> identities(long contactId);

    /**
     * Links the contact to a Jira customer; later requests are raised on their behalf. If another contact is already
     * linked to that customer, the two are one person: identities and interactions move to the older contact, which
     * is returned, and the other is removed.
     */
    Contact linkCustomer(long contactId, String customerKey);
}
