package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.socialdesk.surge.IncidentSend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * What hangs off interactions, contacts and surges, removed with them so that retention and erasure leave no row
 * that points at nothing (or keeps a customer's trace): viral watch rows, surge members and sends, moves, identities
 * and rejections, and surges with their answers once they are older than the retention. Callers run these inside
 * their own transaction.
 */
final class Dependents {
    private final ActiveObjects ao;

    Dependents(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The interactions were deleted: what watched, answered or moved them goes too. */
    void interactionsDeleted(Collection<Integer> ids) {
        List<Object> values = new ArrayList<>(ids);
        deleteIn(ViralWatchEntity.class, "INTERACTION_ID", values);
        deleteIn(SurgeMemberEntity.class, "INTERACTION_ID", values);
        deleteIn(SurgeSendEntity.class, "INTERACTION_ID", values);
        deleteIn(SurgeSendEntity.class, "REPLY_ID", values);
        deleteIn(MoveEntity.class, "INTERACTION_ID", values);
    }

    /**
     * The interactions were erased (their rows stay, without what says who or what): their counts are no longer
     * watched, and incident replies not yet sent to them never will be.
     */
    void interactionsErased(Collection<Integer> ids) {
        List<Object> values = new ArrayList<>(ids);
        deleteIn(ViralWatchEntity.class, "INTERACTION_ID", values);
        for (SurgeSendEntity send : InLists.find(ao, SurgeSendEntity.class, null, "INTERACTION_ID", values)) {
            if (IncidentSend.Status.PENDING.name().equals(send.getStatus())) {
                send.setStatus(IncidentSend.Status.FAILED.name());
                send.setFailure("not sent: the customer's data was erased");
                send.save();
            }
        }
    }

    /** The contact was removed: its identities, its moves and every rejected match on either side go too. */
    void contactRemoved(int contactId) {
        ao.deleteWithSQL(IdentityEntity.class, "CONTACT_ID = ?", contactId);
        contactErased(contactId);
    }

    /** The contact was erased: nothing links it to a customer or another contact any more. */
    void contactErased(int contactId) {
        ao.deleteWithSQL(RejectionEntity.class, "CONTACT_ID = ? OR TARGET = ?", contactId, "contact:" + contactId);
        ao.deleteWithSQL(MoveEntity.class, "CONTACT_ID = ?", contactId);
    }

    /**
     * Surges that ended before {@code cutoff}, with their members, answers and sends (the incident request stays in
     * Jira, where its own retention applies). Returns how many surges went.
     */
    int surgesEndedBefore(long cutoff) {
        SurgeEntity[] ended = ao.find(SurgeEntity.class, Query.select("ID")
                .where("ACTIVE_FOR IS NULL AND ENDED_AT < ?", cutoff));
        for (SurgeEntity surge : ended) {
            SurgeAnswerEntity[] answers = ao.find(SurgeAnswerEntity.class,
                    Query.select("ID").where("SURGE_ID = ?", surge.getID()));
            deleteIn(SurgeSendEntity.class, "ANSWER_ID",
                    Arrays.stream(answers).map(answer -> (Object) answer.getID()).toList());
            ao.deleteWithSQL(SurgeAnswerEntity.class, "SURGE_ID = ?", surge.getID());
            ao.deleteWithSQL(SurgeMemberEntity.class, "SURGE_ID = ?", surge.getID());
        }
        deleteIn(SurgeEntity.class, "ID", Arrays.stream(ended).map(surge -> (Object) surge.getID()).toList());
        return ended.length;
    }

    private <K> void deleteIn(Class<? extends RawEntity<K>> type, String column, List<Object> values) {
        for (int from = 0; from < values.size(); from += InLists.CHUNK) {
            List<Object> chunk = values.subList(from, Math.min(values.size(), from + InLists.CHUNK));
            ao.deleteWithSQL(type, column + " IN (" + InLists.placeholders(chunk.size()) + ")", chunk.toArray());
        }
    }
}
