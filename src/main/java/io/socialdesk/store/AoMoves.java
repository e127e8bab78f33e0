package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.correction.Move;
import io.socialdesk.correction.MoveStore;
import io.socialdesk.intake.Direction;
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
    private static final String MOVABLE_COLUMNS = "ID, ACCOUNT_ID, CONTACT_ID, ISSUE_ID, OCCURRED_AT";
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
    public Optional<MoveStore.Movable> movable(long interactionId) {
        return ColumnReads.list(ao, InteractionEntity.class, Query.select(MOVABLE_COLUMNS).where(
                        "ID = ? AND DIRECTION = ? AND CONTACT_ID IS NOT NULL AND ISSUE_ID IS NOT NULL",
                        (int) interactionId, Direction.INBOUND.name()), AoMoves::movable).stream().findFirst();
    }

    @Override
    public List<MoveStore.Movable> onRequest(long issueId) {
        return ColumnReads.list(ao, InteractionEntity.class, Query.select(MOVABLE_COLUMNS).where(
                "ISSUE_ID = ? AND DIRECTION = ? AND CONTACT_ID IS NOT NULL", issueId, Direction.INBOUND.name())
                .order("OCCURRED_AT, ID"), AoMoves::movable);
    }

    @Override
    public Optional<Long> newestOn(long issueId) {
        return ColumnReads.list(ao, InteractionEntity.class, Query.select("ID, OCCURRED_AT").where(
                        "ISSUE_ID = ? AND DIRECTION = ?", issueId, Direction.INBOUND.name())
                .order("OCCURRED_AT DESC, ID DESC").limit(1), row -> (long) row.getID()).stream().findFirst();
    }

    @Override
    public List<MoveStore.Possible> possible(long issueId, int limit) {
        return ColumnReads.list(ao, InteractionEntity.class, Query.select("ID, ISSUE_ID, POSSIBLE_ISSUE_ID, BODY, "
                        + "OCCURRED_AT").where("(ISSUE_ID = ? AND POSSIBLE_ISSUE_ID IS NOT NULL) OR POSSIBLE_ISSUE_ID = ?",
                        issueId, issueId).order("OCCURRED_AT DESC").limit(limit),
                row -> new MoveStore.Possible(row.getID(), row.getIssueId(), row.getPossibleIssueId(),
                        InteractionRows.text(row.getBody())));
    }

    @Override
    public Optional<Move> start(long interactionId, long accountId, long contactId, long fromIssueId, long toIssueId,
                                String agentKey) {
        try {
            MoveEntity row = ao.executeInTransaction(() -> ao.create(MoveEntity.class,
                    new DBParam("INTERACTION_ID", (int) interactionId), new DBParam("ACTIVE_KEY", Long.toString(interactionId)),
                    new DBParam("ACCOUNT_ID", (int) accountId), new DBParam("CONTACT_ID", (int) contactId),
                    new DBParam("FROM_ISSUE_ID", fromIssueId), new DBParam("TO_ISSUE_ID", toIssueId),
                    new DBParam("AGENT_KEY", agentKey), new DBParam("STAGE", Move.Stage.STARTED.name()),
                    new DBParam("STARTED_AT", clock.millis())));
            return Optional.of(move(row));
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            return Optional.empty(); // another move of this contact is under way (ACTIVE_KEY is unique)
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
        return Arrays.stream(ao.find(MoveEntity.class, Query.select().where("ACTIVE_KEY = ?",
                        Long.toString(interactionId))))
                .findFirst().map(AoMoves::move);
    }

    private void stage(long moveId, Move.Stage stage, boolean active) {
        MoveEntity row = ao.get(MoveEntity.class, (int) moveId);
        row.setStage(stage.name());
        if (!active) {
            row.setActiveKey(row.getInteractionId() + ":" + row.getID());
        }
        row.save();
    }

    private static MoveStore.Movable movable(InteractionEntity row) {
        return new MoveStore.Movable(row.getID(), row.getAccountId(), row.getContactId(), row.getIssueId());
    }

    private static Move move(MoveEntity row) {
        return new Move(row.getID(), row.getInteractionId(), row.getAccountId(), row.getContactId(),
                row.getFromIssueId(), row.getToIssueId(), row.getAgentKey(), Move.Stage.valueOf(row.getStage()));
    }
}
