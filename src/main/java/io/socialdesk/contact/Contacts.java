package io.socialdesk.contact;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import java.util.Optional;

/** Store port: contacts and their identities, one identity per (channel kind, external user id). */
public interface Contacts {
    /** The contact behind this author, created with its identity on first sight. Safe when two nodes race. */
    Contact identify(ChannelKind kind, Author author);

    Optional<Contact> byId(long contactId);

    boolean hasIdentity(long contactId, ChannelKind kind);
}
