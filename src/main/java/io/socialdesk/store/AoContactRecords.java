package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.privacy.ContactExport;
import io.socialdesk.privacy.ContactRecords;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Reads a contact, its identities and its interactions, oldest first, for {@link ContactExport}. */
@Component
public class AoContactRecords implements ContactRecords {
    private final ActiveObjects ao;

    @Inject
    public AoContactRecords(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ContactExport> export(long contactId) {
        ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
        if (contact == null) {
            return Optional.empty();
        }
        var identities = Arrays.stream(ao.find(IdentityEntity.class,
                        Query.select().where("CONTACT_ID = ?", (int) contactId).order("ID")))
                .map(row -> new ContactExport.Identity(row.getKind(), row.getExternalUserId(), row.getHandle(),
                        row.getDisplayName()))
                .toList();
        var interactions = Arrays.stream(ao.find(InteractionEntity.class,
                        Query.select().where("CONTACT_ID = ?", (int) contactId).order("OCCURRED_AT, ID")))
                .map(AoContactRecords::entry)
                .toList();
        return Optional.of(new ContactExport(contactId, contact.getDisplayName(),
                Optional.ofNullable(contact.getCustomerKey()), Instant.ofEpochMilli(contact.getCreatedAt()),
                identities, interactions));
    }

    private static ContactExport.Entry entry(InteractionEntity row) {
        return new ContactExport.Entry(row.getID(), row.getChannel(), row.getDirection(), row.getKind(),
                Instant.ofEpochMilli(row.getOccurredAt()), row.getBody() == null ? "" : row.getBody(),
                Optional.ofNullable(row.getUrl()), Optional.ofNullable(row.getAuthorHandle()),
                Optional.ofNullable(row.getIssueId()), Optional.ofNullable(row.getOutcome()),
                Optional.ofNullable(row.getCallSeconds()), Optional.ofNullable(row.getDisposition()));
    }
}
