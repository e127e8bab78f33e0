package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.correction.Move;
import io.socialdesk.correction.MoveStore;
import io.socialdesk.intake.Placement;
import io.socialdesk.matching.MatchedBy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Agents' moves in {@link MoveEntity}; the contact's row moves with the move's stage, in one transaction. */
@Component
public class AoMoves implements MoveStore {
    private final ActiveObjects ao;
    private final Clock clock;
    private final RowUpdates rows;

    @Inject
    public AoMoves(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.rows = new RowUpdates(ao);
    }

    @Override
    public Optional<Move> start(long interactionId, long accountId, long contactId, long fromIssueId, long toIssueId,
                                String agentKey) {
        try {
            MoveEntity row = ao.executeInTransaction(() -> ao.create(MoveEntity.class,
                    new DBParam("INTERACTION_ID", (int) interactionId), new DBParam("ACTIVE_FOR", (int) interactionId),
                    new DBParam("ACCOUNT_ID", (int) accountId), new DBParam("CONTACT_ID", (int) contactId),
                    new DBParam("FROM_ISSUE_ID", fromIssueId), new DBParam("TO_ISSUE_ID", toIssueId),
                    new DBParam("AGENT_KEY", agentKey), new DBParam("STAGE", Move.Stage.STARTED.name()),
                    new DBParam("STARTED_AT", clock.millis())));
            return Optional.of(move(row));
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            return Optional.empty(); // another move of this contact is under way (ACTIVE_FOR is unique)
        }
    }

    @Override
    public void moved(Move move) {
        rows.apply(List.of(move.interactionId()), row -> {
            row.setIssueId(move.toIssueId());
            InteractionRows.writePlacement(row, Placement.by(MatchedBy.AGENT));
        }, changed -> stage(move.id(), Move.Stage.MOVED, true));
    }

    @Override
    public void done(Move move) {
        ao.executeInTransaction(() -> {
            stage(move.id(), Move.Stage.DONE, false);
            return null;
        });
    }

    @Override
    public List<Move> unfinished(long accountId, int limit) {
        return Arrays.stream(ao.find(MoveEntity.class, Query.select().where("ACCOUNT_ID = ? AND STAGE <> ?",
                (int) accountId, Move.Stage.DONE.name()).order("ID").limit(limit))).map(AoMoves::move).toList();
    }

    @Override
    public Optional<Move> unfinishedFor(long interactionId) {
        return Arrays.stream(ao.find(MoveEntity.class, Query.select().where("ACTIVE_FOR = ?", (int) interactionId)))
                .findFirst().map(AoMoves::move);
    }

    private void stage(long moveId, Move.Stage stage, boolean active) {
        MoveEntity row = ao.get(MoveEntity.class, (int) moveId);
        row.setStage(stage.name());
        if (!active) {
            row.setActiveFor(null);
        }
        row.save();
    }

    private static Move move(MoveEntity row) {
        return new Move(row.getID(), row.getInteractionId(), row.getAccountId(), row.getContactId(),
                row.getFromIssueId(), row.getToIssueId(), row.getAgentKey(), Move.Stage.valueOf(row.getStage()));
    }
}
