package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.RoutingStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * The marks of {@link PipelineMarkEntity}, written and removed a whole pass at a time. Callers run them inside the
 * transaction of the interaction rows they go with.
 */
final class PipelineMarks {
    enum Stage {
        ROUTING,
        PUBLISH
    }

    /** One mark to add: the interaction, its account and time, and for ROUTING the contact it is routed for. */
    record Mark(long interactionId, long accountId, long occurredAt, Long contactId) {
    }

    private final ActiveObjects ao;

    PipelineMarks(ActiveObjects ao) {
        this.ao = ao;
    }

    void add(Stage stage, Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(marks.size());
        for (Mark mark : marks) {
            Map<String, Object> row = new HashMap<>();
            row.put("INTERACTION_ID", (int) mark.interactionId());
            row.put("ACCOUNT_ID", (int) mark.accountId());
            row.put("STAGE", stage.name());
            row.put("CONTACT_ID", mark.contactId() == null ? null : mark.contactId().intValue());
            row.put("OCCURRED_AT", mark.occurredAt());
            rows.add(row);
        }
        ao.create(PipelineMarkEntity.class, rows);
    }

    /** Removes the {@code stage} marks of these interactions (a repeated attempt may have left more than one). */
    void remove(Stage stage, Collection<Long> interactionIds) {
        List<Integer> ids = interactionIds.stream().distinct().map(Long::intValue).toList();
        for (int from = 0; from < ids.size(); from += InLists.CHUNK) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + InLists.CHUNK));
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(stage.name());
            ao.deleteWithSQL(PipelineMarkEntity.class, "INTERACTION_ID IN (" + InLists.placeholders(chunk.size())
                    + ") AND STAGE = ?", parameters.toArray());
        }
    }

    /** Removes every mark of these interactions (they are erased, or their contact is). */
    void removeAll(Collection<Long> interactionIds) {
        for (Stage stage : Stage.values()) {
            remove(stage, interactionIds);
        }
    }

    /** The stages these interactions are marked with; unmarked ones are absent. */
    Map<Long, Set<Stage>> of(Collection<Long> interactionIds) {
        Map<Long, Set<Stage>> stages = new HashMap<>();
        if (interactionIds.isEmpty()) {
            return stages;
        }
        InLists.find(ao, PipelineMarkEntity.class, "ID, INTERACTION_ID, STAGE", "INTERACTION_ID",
                        interactionIds.stream().distinct().map(Long::intValue).toList())
                .forEach(mark -> stages.computeIfAbsent((long) mark.getInteractionId(),
                        id -> EnumSet.noneOf(Stage.class)).add(Stage.valueOf(mark.getStage())));
        return stages;
    }

    /**
     * The interaction as its marks say it stands: RECEIVED with a ROUTING mark is ROUTING; a PUBLISH mark means not
     * yet published. The row's status column holds only RECEIVED and the outcome's status.
     */
    static Interaction apply(Interaction interaction, Set<Stage> marks) {
        return interaction.withStatus(status(interaction.status(), marks))
                .withPublished(!marks.contains(Stage.PUBLISH));
    }

    /** The routing status a row's status column and its marks give together (see {@link #apply}). */
    static RoutingStatus status(RoutingStatus stored, Set<Stage> marks) {
        return stored == RoutingStatus.RECEIVED && marks.contains(Stage.ROUTING) ? RoutingStatus.ROUTING : stored;
    }

    /** Up to {@code limit} interactions of the account waiting for publication (a PUBLISH mark), oldest first. */
    List<Long> awaitingPublication(long accountId, int limit) {
        return queued(Stage.PUBLISH, accountId, limit);
    }

    /**
     * The interactions an attempt is routing for this contact right now or stopped routing (their rows get the
     * contact only with their outcome): what the contact's export and erasure must include besides its own rows.
     */
    List<Long> routingFor(long contactId) {
        return ColumnReads.list(ao, PipelineMarkEntity.class, Query.select("ID, INTERACTION_ID")
                        .where("CONTACT_ID = ? AND STAGE = ?", (int) contactId, Stage.ROUTING.name()),
                mark -> (long) mark.getInteractionId()).stream().distinct().toList();
    }

    /** Up to {@code limit} interactions of the account marked {@code stage}, oldest first. */
    private List<Long> queued(Stage stage, long accountId, int limit) {
        return ColumnReads.list(ao, PipelineMarkEntity.class, Query.select("ID, INTERACTION_ID, OCCURRED_AT")
                        .where("ACCOUNT_ID = ? AND STAGE = ?", (int) accountId, stage.name())
                        .order("OCCURRED_AT, INTERACTION_ID").limit(limit),
                mark -> (long) mark.getInteractionId()).stream().distinct().toList();
    }
}
