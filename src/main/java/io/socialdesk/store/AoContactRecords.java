package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.privacy.ContactExport;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.privacy.ContactRecords;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        var identities = identities((int) contactId);
        var interactions = interactionsOf(contactId).stream().map(AoContactRecords::entry).toList();
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
                        actors.computeIfAbsent(row.getAccountId(), this::intakeUser)))
                .toList();
    }

    @Override
    public boolean erase(long contactId, String placeholder) {
        return ao.executeInTransaction(() -> {
            ContactEntity contact = ao.get(ContactEntity.class, (int) contactId);
            if (contact == null) {
                return false;
            }
            List<Long> erased = new ArrayList<>();
            for (InteractionEntity row : interactionsOf(contactId)) {
                clear(row);
                erased.add((long) row.getID());
            }
            // nothing of theirs is routed or published any more
            new PipelineMarks(ao).removeAll(erased);
            ao.deleteWithSQL(IdentityEntity.class, "CONTACT_ID = ?", (int) contactId);
            ao.deleteWithSQL(RejectionEntity.class, "CONTACT_ID = ?", (int) contactId);
            contact.setDisplayName(placeholder);
            contact.setCustomerKey(null);
            contact.save();
            return true;
        });
    }

    @Override
    public Purged purgeBefore(Instant cutoff, int limit) {
        return ao.executeInTransaction(() -> {
            InteractionEntity[] candidates = ao.find(InteractionEntity.class, Query.select()
                    .where("OCCURRED_AT < ? AND PENDING_FOR IS NULL AND PUBLISH_FOR IS NULL", cutoff.toEpochMilli())
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
            ao.delete(old);
            int removed = 0;
            for (int contactId : contacts) {
                ContactEntity contact = ao.get(ContactEntity.class, contactId);
                if (contact != null && contact.getCustomerKey() == null && ao.count(InteractionEntity.class,
                        Query.select().where("CONTACT_ID = ?", contactId)) == 0) {
                    ao.deleteWithSQL(IdentityEntity.class, "CONTACT_ID = ?", contactId);
                    ao.deleteWithSQL(RejectionEntity.class, "CONTACT_ID = ?", contactId);
                    ao.delete(contact);
                    removed++;
                }
            }
            return new Purged(old.length, removed);
        });
    }

    /**
     * The contact's interactions, oldest first: its own rows and those a routing attempt marked for it (a crashed
     * attempt leaves them so until a later one stores their outcome).
     */
    private List<InteractionEntity> interactionsOf(long contactId) {
        List<InteractionEntity> rows = new ArrayList<>(Arrays.asList(ao.find(InteractionEntity.class,
                Query.select().where("CONTACT_ID = ?", (int) contactId))));
        Set<Long> own = new HashSet<>();
        rows.forEach(row -> own.add((long) row.getID()));
        List<Integer> marked = new PipelineMarks(ao).routingFor(contactId).stream().filter(id -> !own.contains(id))
                .map(Long::intValue).toList();
        rows.addAll(InLists.find(ao, InteractionEntity.class, null, "ID", marked));
        marked.forEach(id -> own.add((long) id));
        unrouted(contactId).stream().filter(row -> own.add((long) row.getID())).forEach(rows::add);
        rows.sort(Comparator.comparingLong(InteractionEntity::getOccurredAt).thenComparingInt(InteractionEntity::getID));
        return rows;
    }

    /**
     * Posts recorded but not routed yet name no contact: they are this contact's when their author is one of its
     * identities, matched on the identity's key as routing would make it (per server where ids are, e.g. Mastodon).
     */
    private List<InteractionEntity> unrouted(long contactId) {
        List<InteractionEntity> found = new ArrayList<>();
        Map<Integer, String> hosts = new HashMap<>();
        for (IdentityEntity identity : ao.find(IdentityEntity.class, "CONTACT_ID = ?", (int) contactId)) {
            for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select().where(
                    "PENDING_FOR IS NOT NULL AND CHANNEL = ? AND AUTHOR_ID = ?", identity.getKind(),
                    identity.getExternalUserId()))) {
                String host = hosts.computeIfAbsent(row.getAccountId(), this::host);
                String global = identity.getKind() + ":" + identity.getExternalUserId();
                String onServer = identity.getKind() + ":" + host + ":" + identity.getExternalUserId();
                if (identity.getIdentityKey().equals(global) || identity.getIdentityKey().equals(onServer)) {
                    found.add(row);
                }
            }
        }
        return found;
    }

    private String host(int accountId) {
        ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, accountId);
        if (account == null || account.getApiBaseUrl() == null) {
            return "";
        }
        String host = java.net.URI.create(account.getApiBaseUrl()).getHost();
        return host == null ? "" : host;
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
        row.setPublishFor(null);
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
                Optional.ofNullable(row.getCallSeconds()), Optional.ofNullable(row.getDisposition()));
    }
}
