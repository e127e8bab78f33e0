package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.IdentityRef;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Every interaction row that is a contact's, for its export and erasure: those routed for it, and those that name no
 * contact yet because routing has not stored their outcome (an attempt began, or none has).
 */
final class ContactInteractions {
    private final ActiveObjects ao;

    ContactInteractions(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The contact's interactions, oldest first: its own rows and those a routing attempt marked for it (a crashed
     * attempt leaves them so until a later one stores their outcome).
     */
    List<InteractionEntity> of(long contactId) {
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
            Optional<ChannelKind> kind = ChannelKind.fromKey(identity.getKind());
            if (kind.isEmpty()) {
                continue; // a channel no longer installed records no posts
            }
            String user = identity.getExternalUserId();
            for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select().where(
                    "PENDING_FOR IS NOT NULL AND CHANNEL = ? AND AUTHOR_ID = ?", identity.getKind(), user))) {
                String host = hosts.computeIfAbsent(row.getAccountId(), this::host);
                if (identity.getIdentityKey().equals(IdentityRef.global(kind.get(), user).key())
                        || identity.getIdentityKey().equals(new IdentityRef(kind.get(), host, user).key())) {
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
        String host = URI.create(account.getApiBaseUrl()).getHost();
        return host == null ? "" : host;
    }
}
