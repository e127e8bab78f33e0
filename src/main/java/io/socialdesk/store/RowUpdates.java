package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes to interaction rows, all of a call's rows in one transaction (a pass commits once, not once per post).
 * Under serializable isolation (AO's own default; Jira runs read committed) another node's concurrent transaction can
 * still make the database cancel one; it changed nothing then, so it is tried again.
 */
final class RowUpdates {
    private static final int ATTEMPTS = Transactions.ATTEMPTS;
    private final ActiveObjects ao;

    RowUpdates(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Applies {@code change} to each of the rows and saves them; {@code also} runs in the same transaction after
     * the rows are saved, with the rows of that attempt.
     */
    void apply(Collection<Long> interactionIds, Consumer<InteractionEntity> change,
               Consumer<List<InteractionEntity>> also) {
        if (interactionIds.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    // whole rows: AO's find reads every column whatever is selected, and only its writable rows
                    // can be saved; AO then writes only the fields set
                    List<InteractionEntity> rows = InLists.find(ao, InteractionEntity.class, null, "ID",
                            interactionIds.stream().distinct().map(Long::intValue).toList());
                    if (rows.size() != new LinkedHashSet<>(interactionIds).size()) {
                        throw new IllegalStateException("interactions " + interactionIds + " vanished while routing");
                    }
                    for (InteractionEntity row : rows) {
                        change.accept(row);
                        row.save();
                    }
                    also.accept(rows);
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || SqlConflicts.retryable(e).isEmpty()) {
                    throw e;
                }
                Transactions.pauseBeforeRetry(attempt, e);
            }
        }
    }
}
