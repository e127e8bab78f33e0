package io.socialdesk.contact;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Store port: contacts and their identities, one identity per {@link IdentityRef}. */
public interface Contacts {
    /** The contact behind this author, created with its identity on first sight. Safe when two nodes race. */
    Contact identify(IdentityRef identity, Author author);

    Optional<Contact> byId(long contactId);

    /** The contact that has this identity, if anyone has it yet (nothing is created). */
    Optional<Contact> holderOf(IdentityRef identity);

    /**
     * The contacts that have these identities, in one read (a poll page's authors): identities nobody has yet are
     * absent, and nothing is created.
     */
    Map<IdentityRef, Contact> holdersOf(Collection<IdentityRef> identities);

    boolean hasIdentity(long contactId, ChannelKind kind);

    /** Which of these contacts have an identity on {@code kind}, in one read. */
    Set<Long> withIdentity(Collection<Long> contactIds, ChannelKind kind);

    /** The contact linked to this Jira customer, if any. */
    Optional<Contact> byCustomer(String customerKey);

    List<Identity> identities(long contactId);

    /** What attaching a customer did: attached, or left alone because another contact already has that customer. */
    sealed interface Attach {
        record Attached(Contact contact) implements Attach {
        }

        record TakenBy(Contact other, int identities) implements Attach {
        }
    }

    /**
     * Links only this contact to a Jira customer (moving it from any customer it had); later requests are raised on
     * their behalf. Never merges: when another contact already has that customer, nothing changes.
     */
    Attach attachCustomer(long contactId, String customerKey);

    /** One person after all: the contact's identities and interactions move to {@code survivorId}; it is removed. */
    Contact merge(long contactId, long survivorId);

    /** The contact is no longer any Jira customer's; empty if there is no such contact. */
    Optional<Contact> detachCustomer(long contactId);

    /**
     * Undoes a wrong merge: the identity becomes a contact of its own, with the interactions that identity sent and
     * our replies to them. Empty when the identity is not the contact's or is its only one.
     */
    Optional<Contact> split(long contactId, long identityId);

    /**
     * Links the contact to a Jira customer, merging with the contact that customer already has: for sources that
     * vouch for the customer themselves (a telephony system naming the caller's e-mail).
     */
    default Contact linkCustomer(long contactId, String customerKey) {
        return switch (attachCustomer(contactId, customerKey)) {
            case Attach.Attached attached -> attached.contact();
            case Attach.TakenBy taken -> merge(contactId, taken.other().id());
        };
    }
}
