package io.socialdesk.correction;

import io.socialdesk.agent.IssueAccess;
import io.socialdesk.intake.AccountVisits;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An agent moves one contact (a post or a call) from the request it is on to another. Under the contact's cluster
 * lock, so routing, another agent or another node never see it half moved: the move is recorded first (the
 * database lets one unfinished move per contact exist), then its steps run ({@link MoveSteps}); if they stop half
 * way, the intake job finishes them ({@link MoveRecovery}). Both requests are checked for the agent's edit
 * permission by the caller.
 */
@Component
public class ContactMoves {
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ContactMoves.class);

    private final MoveStore moves;
    private final ClusterLocks locks;
    private final MoveSteps steps;
    private final AccountVisits visits;

    public sealed interface Result {
        record Moved(Move move) implements Result {
        }

        /** Recorded and under way; the intake job finishes what a failure interrupted. */
        record Pending(Move move) implements Result {
        }

        /** The contact is on the target already (moved by someone else, or this is a repeat). */
        record AlreadyThere() implements Result {
        }

        record Problem(String field, String message) implements Result {
        }

        /** Another change to the same customer is running; safe to try again in a moment. */
        record Busy() implements Result {
        }
    }

    @Inject
    public ContactMoves(MoveStore moves, ClusterLocks locks, MoveSteps steps, AccountVisits visits) {
        this.moves = moves;
        this.locks = locks;
        this.steps = steps;
        this.visits = visits;
    }

    public Result move(IssueAccess.IssueRef from, IssueAccess.IssueRef to, long interactionId, String agentKey) {
        if (from.id() == to.id()) {
            return new Result.Problem("target", "is the request the contact is on");
        }
        Optional<MoveStore.Movable> listed = moves.movable(interactionId);
        if (listed.isEmpty()) {
            return new Result.Problem("interactionId", "is no post or call on a request");
        }
        return locks.tryWith(LockNames.contact(listed.get().contactId()), LOCK_WAIT,
                () -> moveHeld(from, to, interactionId, agentKey)).orElseGet(Result.Busy::new);
    }

    private Result moveHeld(IssueAccess.IssueRef from, IssueAccess.IssueRef to, long interactionId,
                            String agentKey) {
        // a move a crash interrupted comes first: it decides where the contact is
        moves.unfinishedFor(interactionId).ifPresent(steps::run);
        Optional<MoveStore.Movable> now = moves.movable(interactionId);
        if (now.isPresent() && now.get().issueId() == to.id()) {
            return new Result.AlreadyThere();
        }
        if (now.isEmpty() || now.get().issueId() != from.id()) {
            return new Result.Problem("interactionId", "is not on " + from.key() + " (any more)");
        }
        MoveStore.Movable contact = now.get();
        Optional<Move> started = moves.start(interactionId, contact.accountId(), contact.contactId(), from.id(),
                to.id(), agentKey);
        if (started.isEmpty()) {
            return new Result.Busy();
        }
        // before the steps: if this node dies half way, the intake job's next run finishes the move
        visits.wake(contact.accountId());
        try {
            steps.run(started.get());
            return new Result.Moved(started.get());
        } catch (RuntimeException e) {
            LOG.error("Moving interaction {} from {} to {} stopped half way; the intake job finishes it",
                    interactionId, from.key(), to.key(), e);
            return new Result.Pending(started.get());
        }
    }
}
