package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.Identity;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.intake.Direction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

@Component
public class AoContacts implements Contacts {
    private static final int WRITE_ATTEMPTS = 3;
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoContacts(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Contact identify(IdentityRef identity, Author author) {
        String key = identity.key();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            Optional<Contact> known = byIdentity(key);
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return create(identity, author);
            } catch (RuntimeException e) {
                // another node created this identity first (its contact is the one, found on the next turn), or
                // the database refused the write as a serialization conflict, which stored nothing: try again
                if (SqlConflicts.retryable(e).isEmpty()) {
                    throw e;
                }
                last = e;
            }
        }
        Optional<Contact> known = byIdentity(key);
        if (known.isPresent()) {
            return known.get();
        }
        throw last;
    }

    private Contact create(IdentityRef identity, Author author) {
        ChannelKind kind = identity.kind();
        return ao.executeInTransaction(() -> {
            String name = author.displayName().isBlank() ? author.handle() : author.displayName();
            ContactEntity contact = ao.create(ContactEntity.class,
                    new DBParam("DISPLAY_NAME", name.isBlank() ? "Unknown " + kind.key() + " user"
                            : ColumnText.fit(name, ColumnText.SHORT)),
                    new DBParam("CREATED_AT", clock.millis()));
            ao.create(IdentityEntity.class, new DBParam("IDENTITY_KEY", identity.key()),
                    new DBParam("CONTACT_ID", contact.getID()), new DBParam("KIND", kind.key()),
                    new DBParam("EXTERNAL_USER_ID", identity.externalUserId()),
                    new DBParam("HANDLE", ColumnText.fit(author.handle(), ColumnText.SHORT)),
                    new DBParam("DISPLAY_NAME", ColumnText.fit(author.displayName(), ColumnText.SHORT)));
            return toDomain(contact);
        });
    }

    @Override
    public Optional<Contact> byId(long contactId) {
        return Optional.ofNullable(ao.get(ContactEntity.class, (int) contactId)).map(AoContacts::toDomain);
    }

    @Override
    public Optional<Contact> holderOf(IdentityRef identity) {
        return byIdentity(identity.key());
    }

    @Override
    public Map<IdentityRef, Contact> holdersOf(Collection<IdentityRef> identities) {
        Map<String, IdentityRef> byKey = new HashMap<>();
        identities.forEach(identity -> byKey.put(identity.key(), identity));
        List<IdentityEntity> held = InLists.find(ao, IdentityEntity.class, "ID, IDENTITY_KEY, CONTACT_ID",
                "IDENTITY_KEY", List.copyOf(byKey.keySet()));
        Map<Integer, Contact> contacts = InLists.find(ao, ContactEntity.class, null, "ID",
                        held.stream().map(IdentityEntity::getContactId).distinct().toList()).stream()
                .collect(Collectors.toMap(ContactEntity::getID, AoContacts::toDomain));
        Map<IdentityRef, Contact> holders = new HashMap<>();
        for (IdentityEntity identity : held) {
            // a contact removed since the identity was read (a merge's loser) is found again by identify
            Optional.ofNullable(contacts.get(identity.getContactId()))
                    .ifPresent(contact -> holders.put(byKey.get(identity.getIdentityKey()), contact));
        }
        return holders;
    }

    @Override
    public Set<Long> withIdentity(Collection<Long> contactIds, ChannelKind kind) {
        return InLists.find(ao, IdentityEntity.class, "ID, CONTACT_ID, KIND", "CONTACT_ID",
                        contactIds.stream().distinct().map(Long::intValue).toList()).stream()
                .filter(identity -> kind.key().equals(identity.getKind()))
                .map(identity -> (long) identity.getContactId()).collect(Collectors.toSet());
    }

    @Override
    public boolean hasIdentity(long contactId, ChannelKind kind) {
        return ao.count(IdentityEntity.class,
                Query.select().where("CONTACT_ID = ? AND KIND = ?", (int) contactId, kind.key())) > 0;
    }

    @Override
    public Optional<Contact> byCustomer(String customerKey) {
        ContactEntity[] rows = ao.find(ContactEntity.class,
                Query.select().where("CUSTOMER_KEY = ?", customerKey).order("ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<Identity> identities(long contactId) {
        return Arrays.stream(ao.find(IdentityEntity.class,
                        Query.select().where("CONTACT_ID = ?", (int) contactId).order("ID")))
                .map(row -> new Identity(row.getID(), ChannelKind.fromKey(row.getKind()).orElseThrow(),
                        row.getExternalUserId(),
                        InteractionRows.text(row.getHandle()), InteractionRows.text(row.getDisplayName())))
                .toList();
    }

    @Override
    public Attach attachCustomer(long contactId, String customerKey) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = require(contactId);
            Optional<Contact> other = byCustomer(customerKey).filter(c -> c.id() != contactId);
            if (other.isPresent()) {
                return new Attach.TakenBy(other.get(), identities(other.get().id()).size());
            }
            contact.setCustomerKey(customerKey);
            contact.save();
            return new Attach.Attached(toDomain(contact));
        });
    }

    @Override
    public Contact merge(long contactId, long survivorId) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = require(contactId);
            ContactEntity survivor = require(survivorId);
            for (IdentityEntity identity : ao.find(IdentityEntity.class,
                    Query.select().where("CONTACT_ID = ?", (int) contactId))) {
                identity.setContactId((int) survivorId);
                identity.save();
            }
            for (InteractionEntity interaction : ao.find(InteractionEntity.class,
                    Query.select("ID, CONTACT_ID").where("CONTACT_ID = ?", (int) contactId))) {
                interaction.setContactId((int) survivorId);
                interaction.save();
            }
            if (survivor.getCustomerKey() == null && contact.getCustomerKey() != null) {
                survivor.setCustomerKey(contact.getCustomerKey());
                survivor.save();
            }
            ao.delete(contact);
            return toDomain(survivor);
        });
    }

    @Override
    public Optional<Contact> detachCustomer(long contactId) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
            if (contact == null) {
                return Optional.empty();
            }
            contact.setCustomerKey(null);
            contact.save();
            return Optional.of(toDomain(contact));
        });
    }

    @Override
    public Optional<Contact> split(long contactId, long identityId) {
        return ao.executeInTransaction(() -> {
            IdentityEntity identity = ao.get(IdentityEntity.class, (int) identityId);
            if (identity == null || identity.getContactId() != contactId
                    || ao.count(IdentityEntity.class, Query.select().where("CONTACT_ID = ?", (int) contactId)) < 2) {
                return Optional.<Contact>empty();
            }
            String name = identity.getDisplayName() == null || identity.getDisplayName().isBlank()
                    ? InteractionRows.text(identity.getHandle()) : identity.getDisplayName();
            ContactEntity own = ao.create(ContactEntity.class,
                    new DBParam("DISPLAY_NAME", name.isBlank() ? "Unknown " + identity.getKind() + " user" : name),
                    new DBParam("CREATED_AT", clock.millis()));
            identity.setContactId(own.getID());
            identity.save();
            Set<String> moved = new HashSet<>();
            for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select()
                    .where("CONTACT_ID = ? AND CHANNEL = ? AND AUTHOR_ID = ? AND DIRECTION = ?", (int) contactId,
                            identity.getKind(), identity.getExternalUserId(), Direction.INBOUND.name()))) {
                row.setContactId(own.getID());
                row.save();
                moved.add(row.getAccountId() + ":" + row.getExternalId());
            }
            for (InteractionEntity reply : ao.find(InteractionEntity.class, Query.select()
                    .where("CONTACT_ID = ? AND CHANNEL = ? AND DIRECTION = ?", (int) contactId, identity.getKind(),
                            Direction.OUTBOUND.name()))) {
                if (moved.contains(reply.getAccountId() + ":" + reply.getInReplyTo())) {
                    reply.setContactId(own.getID());
                    reply.save();
                }
            }
            return Optional.of(toDomain(own));
        });
    }

    private ContactEntity require(long contactId) {
        ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
        if (contact == null) {
            throw new IllegalArgumentException("no contact " + contactId);
        }
        return contact;
    }

    private Optional<Contact> byIdentity(String key) {
        IdentityEntity[] identities = ao.find(IdentityEntity.class, Query.select().where("IDENTITY_KEY = ?", key));
        return identities.length == 0 ? Optional.empty() : byId(identities[0].getContactId());
    }

    private static Contact toDomain(ContactEntity row) {
        return new Contact(row.getID(), row.getDisplayName(), Optional.ofNullable(row.getCustomerKey()));
    }
}
