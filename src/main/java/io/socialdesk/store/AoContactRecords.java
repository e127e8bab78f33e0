package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.privacy.ContactExport;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.privacy.ContactRecords;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * A contact's records for privacy requests: read for {@link ContactExport}, cleared on erasure, aged out by retention.
 * Erasure and each retention batch are one transaction, so a contact is never half erased.
 */
@Component
public class AoContactRecords implements ContactRecords {
    static final int SCAN_PAGE = 1_000;
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoContactRecords(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<ContactExport> export(long contactId) {
        ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
        if (contact == null) {
            return Optional.empty();
        }
        var identities = identities((int) contactId);
        var interactions = new ContactInteractions(ao).of(contactId).stream().map(AoContactRecords::entry).toList();
        return Optional.of(new ContactExport(contactId, contact.getDisplayName(),
                Optional.ofNullable(contact.getCustomerKey()), Instant.ofEpochMilli(contact.getCreatedAt()),
                identities, interactions));
    }

    /**
     * Matched in Java, a page of rows at a time, newest first: Active Objects quotes column names only where a column
     * stands right before its operator, so {@code LOWER(COLUMN) LIKE ?} would fail on PostgreSQL, and quoting by hand
     * would fail on MySQL. An administrator's search is rare; a full pass reads each contact and identity once.
     */
    @Override
    public List<Found> find(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Set<Integer> ids = new TreeSet<>(Comparator.reverseOrder());
        scan(ContactEntity.class, row -> contains(needle, row.getDisplayName(), row.getCustomerKey()),
                ContactEntity::getID, ids, limit);
        scan(IdentityEntity.class, row -> contains(needle, row.getHandle(), row.getDisplayName(),
                row.getExternalUserId()), IdentityEntity::getContactId, ids, limit);
        return ids.stream().limit(limit).map(id -> ao.get(ContactEntity.class, id)).filter(Objects::nonNull)
                .map(contact -> new Found(contact.getID(), contact.getDisplayName(),
                        Optional.ofNullable(contact.getCustomerKey()), identities(contact.getID()),
                        ao.count(InteractionEntity.class, Query.select().where("CONTACT_ID = ?", contact.getID()))))
                .toList();
    }

    private <T extends Entity> void scan(Class<T> type, Predicate<T> matches, ToIntFunction<T> contact,
                                         Set<Integer> ids, int limit) {
        int before = Integer.MAX_VALUE;
        T[] page;
        do {
            page = ao.find(type, Query.select().where("ID < ?", before).order("ID DESC").limit(SCAN_PAGE));
            for (T row : page) {
                if (ids.size() >= limit) {
                    return;
                }
                if (matches.test(row)) {
                    ids.add(contact.applyAsInt(row));
                }
                before = row.getID();
            }
        } while (page.length == SCAN_PAGE);
    }

    private static boolean contains(String needle, String... values) {
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Written> written(long contactId) {
        Map<Integer, Optional<String>> actors = new HashMap<>();
        return Arrays.stream(ao.find(InteractionEntity.class, Query.select()
                        .where("CONTACT_ID = ? AND DIRECTION = ?", (int) contactId, Direction.INBOUND.name())
                        .order("ID")))
                .map(row -> new Written(row.getID(), Optional.ofNullable(row.getIssueId()),
                        actors.computeIfAbsent(row.getAccountId(), this::intakeUser), mediaPrefix(row)))
                .toList();
    }

    @Override
    public Optional<Attached> attachedOf(long interactionId) {
        InteractionEntity row = ao.get(InteractionEntity.class, (int) interactionId);
        return row == null || row.getIssueId() == null ? Optional.empty()
                : mediaPrefix(row).map(prefix -> new Attached(row.getIssueId(), prefix));
    }

    /** The names of the attachments routing may have made of this row's media (none without media). */
    private static Optional<String> mediaPrefix(InteractionEntity row) {
        return row.getMedia() == null || row.getExternalId() == null ? Optional.empty()
                : io.socialdesk.channel.ChannelKind.fromKey(row.getChannel())
                .map(kind -> io.socialdesk.media.MediaNames.prefix(kind, row.getExternalId()));
    }

    @Override
    public boolean erased(long contactId) {
        ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
        return contact != null && contact.getErasedAt() != null;
    }

    @Override
    public void withdrawn(long interactionId, String placeholder) {
        ao.executeInTransaction(() -> {
            InteractionEntity row = ao.get(InteractionEntity.class, (int) interactionId);
            if (row != null) {
                row.setBody(placeholder);
                row.setMedia(null);
                row.setContext(null);
                row.setUrl(null);
                row.save();
            }
            return null;
        });
    }

    @Override
    public boolean edited(long interactionId, String text, Instant editedAt) {
        return ao.executeInTransaction(() -> {
            InteractionEntity row = ao.get(InteractionEntity.class, (int) interactionId);
            if (row == null || row.getEditedAt() != null && row.getEditedAt() >= editedAt.toEpochMilli()) {
                return false;
            }
            row.setBody(ColumnText.clean(text));
            row.setEditedAt(editedAt.toEpochMilli());
            row.save();
            return true;
        });
    }

    @Override
    public boolean erase(long contactId, String placeholder) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
            if (contact == null) {
                return false;
            }
            List<Long> erased = new ArrayList<>();
            for (InteractionEntity row : new ContactInteractions(ao).of(contactId)) {
                clear(row);
                erased.add((long) row.getID());
            }
            // nothing of theirs is routed, published, watched or answered any more
            new PipelineMarks(ao).removeAll(erased);
            Dependents dependents = new Dependents(ao);
            dependents.interactionsErased(erased.stream().map(Long::intValue).toList());
            ao.deleteWithSQL(IdentityEntity.class, "CONTACT_ID = ?", (int) contactId);
            dependents.contactErased((int) contactId);
            contact.setDisplayName(placeholder);
            contact.setCustomerKey(null);
            contact.setErasedAt(clock.millis());
            contact.save();
            return true;
        });
    }

    @Override
    public Purged purgeBefore(Instant cutoff, int limit) {
        return ao.executeInTransaction(() -> {
            InteractionEntity[] candidates = ao.find(InteractionEntity.class, Query.select()
                    .where("OCCURRED_AT < ? AND PENDING_FOR IS NULL", cutoff.toEpochMilli())
                    .order("ID").limit(limit));
            // what still waits for publication stays until it is published
            Set<Long> waiting = new PipelineMarks(ao).of(Arrays.stream(candidates).map(row -> (long) row.getID())
                    .toList()).keySet();
            InteractionEntity[] old = Arrays.stream(candidates).filter(row -> !waiting.contains((long) row.getID()))
                    .toArray(InteractionEntity[]::new);
            Set<Integer> contacts = new TreeSet<>();
            for (InteractionEntity row : old) {
                if (row.getContactId() != null) {
                    contacts.add(row.getContactId());
                }
            }
            List<Attached> media = Arrays.stream(old).filter(row -> row.getIssueId() != null)
                    .flatMap(row -> mediaPrefix(row).map(p -> new Attached(row.getIssueId(), p)).stream()).toList();
            Dependents dependents = new Dependents(ao);
            dependents.interactionsDeleted(Arrays.stream(old).map(InteractionEntity::getID).toList());
            ao.delete(old);
            int removed = 0;
            for (int contactId : contacts) {
                ContactEntity contact = ao.get(ContactEntity.class, contactId);
                if (contact != null && contact.getCustomerKey() == null && ao.count(InteractionEntity.class,
                        Query.select().where("CONTACT_ID = ?", contactId)) == 0) {
                    dependents.contactRemoved(contactId);
                    ao.delete(contact);
                    removed++;
                }
            }
            dependents.surgesEndedBefore(cutoff.toEpochMilli());
            return new Purged(old.length, removed, media);
        });
    }

    private List<ContactExport.Identity> identities(int contactId) {
        return Arrays.stream(ao.find(IdentityEntity.class,
                        Query.select().where("CONTACT_ID = ?", contactId).order("ID")))
                .map(row -> new ContactExport.Identity(row.getKind(), row.getExternalUserId(), row.getHandle(),
                        row.getDisplayName()))
                .toList();
    }

    /** Keeps what reports count (direction, kind, channel, times, outcome, request); drops what says who or what. */
    private static void clear(InteractionEntity row) {
        row.setBody(null);
        row.setMedia(null);
        row.setContext(null);
        row.setUrl(null);
        row.setAuthorId(null);
        row.setAuthorHandle(null);
        row.setAuthorName(null);
        row.setAuthorFollowers(null);
        row.setFailure(null);
        if (row.getPendingFor() != null) {
            row.setStatus(RoutingStatus.SKIPPED.name());
            row.setSkipReason("erased");
            row.setPendingFor(null);
        }
        row.save();
    }

    private Optional<String> intakeUser(int accountId) {
        ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, accountId);
        return account == null ? Optional.empty() : Optional.ofNullable(account.getIntakeUserKey());
    }

    private static ContactExport.Entry entry(InteractionEntity row) {
        return new ContactExport.Entry(row.getID(), row.getChannel(), row.getDirection(), row.getKind(),
                Instant.ofEpochMilli(row.getOccurredAt()), row.getBody() == null ? "" : row.getBody(),
                Optional.ofNullable(row.getUrl()), Optional.ofNullable(row.getAuthorHandle()),
                Optional.ofNullable(row.getIssueId()), Optional.ofNullable(row.getOutcome()),
                Optional.ofNullable(row.getCallSeconds()), Optional.ofNullable(row.getDisposition()),
                MediaColumn.read(row.getMedia()), mediaPrefix(row), List.of());
    }
}
