package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.Identity;
import io.socialdesk.contact.IdentityRef;
import java.util.Arrays;
import java.util.List;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

@Component
public class AoContacts implements Contacts {
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
        ChannelKind kind = identity.kind();
        Optional<Contact> known = byIdentity(key);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return ao.executeInTransaction(() -> {
                String name = author.displayName().isBlank() ? author.handle() : author.displayName();
                ContactEntity contact = ao.create(ContactEntity.class,
                        new DBParam("DISPLAY_NAME", name.isBlank() ? "Unknown " + kind.key() + " user"
                                : ColumnText.fit(name, ColumnText.SHORT)),
                        new DBParam("CREATED_AT", clock.millis()));
                ao.create(IdentityEntity.class, new DBParam("IDENTITY_KEY", key),
                        new DBParam("CONTACT_ID", contact.getID()), new DBParam("KIND", kind.key()),
                        new DBParam("EXTERNAL_USER_ID", identity.externalUserId()),
                        new DBParam("HANDLE", ColumnText.fit(author.handle(), ColumnText.SHORT)),
                        new DBParam("DISPLAY_NAME", ColumnText.fit(author.displayName(), ColumnText.SHORT)));
                return toDomain(contact);
            });
        } catch (RuntimeException e) {
            // another node created this identity first: its contact is the one
            if (SqlConflicts.retryable(e).isPresent()) {
                return byIdentity(key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Contact> byId(long contactId) {
        return Optional.ofNullable(ao.get(ContactEntity.class, (int) contactId)).map(AoContacts::toDomain);
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
                .map(row -> new Identity(ChannelKind.fromKey(row.getKind()).orElseThrow(), row.getExternalUserId(),
                        InteractionRows.text(row.getHandle()), InteractionRows.text(row.getDisplayName())))
                .toList();
    }

    @Override
    public Contact linkCustomer(long contactId, String customerKey) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
            if (contact == null) {
                throw new IllegalArgumentException("no contact " + contactId);
            }
            Optional<Contact> linked = byCustomer(customerKey).filter(other -> other.id() != contactId);
            if (linked.isEmpty()) {
                contact.setCustomerKey(customerKey);
                contact.save();
                return toDomain(contact);
            }
            // one person: everything moves to the contact already linked, in one transaction
            int survivor = (int) linked.get().id();
            for (IdentityEntity identity : ao.find(IdentityEntity.class,
                    Query.select().where("CONTACT_ID = ?", (int) contactId))) {
                identity.setContactId(survivor);
                identity.save();
            }
            for (InteractionEntity interaction : ao.find(InteractionEntity.class,
                    Query.select("ID, CONTACT_ID").where("CONTACT_ID = ?", (int) contactId))) {
                interaction.setContactId(survivor);
                interaction.save();
            }
            ao.delete(contact);
            return linked.get();
        });
    }


    private Optional<Contact> byIdentity(String key) {
        IdentityEntity[] identities = ao.find(IdentityEntity.class, Query.select().where("IDENTITY_KEY = ?", key));
        return identities.length == 0 ? Optional.empty() : byId(identities[0].getContactId());
    }

    private static Contact toDomain(ContactEntity row) {
        return new Contact(row.getID(), row.getDisplayName(), Optional.ofNullable(row.getCustomerKey()));
    }
}
