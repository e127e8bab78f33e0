package io.socialdesk.correction;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a crash (or Jira refusing a step) left unfinished are finished by the intake job, account by account, each
 * under its contact's lock: a move an agent is running right now holds that lock and is left to them.
 */
@Component
public class MoveRecovery {
    static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(MoveRecovery.class);

    private final MoveStore moves;
    private final ClusterLocks locks;
    private final MoveSteps steps;
    private final Clock clock;

    @Inject
    public MoveRecovery(MoveStore moves, ClusterLocks locks, MoveSteps steps, Clock clock) {
        this.moves = moves;
        this.locks = locks;
        this.steps = steps;
        this.clock = clock;
    }

    /** When the account's unfinished moves should be tried again: the next run while any is left. */
    public Optional<Instant> nextResume(ChannelAccount account) {
        return moves.unfinished(account.id(), 1).isEmpty() ? Optional.empty() : Optional.of(clock.instant());
    }

    /** Finishes the account's unfinished moves; answers how many got done. */
    public int resume(ChannelAccount account) {
        int done = 0;
        for (Move listed : moves.unfinished(account.id(), BATCH)) {
            try {
                done += locks.tryWith(LockNames.contact(listed.contactId()), Duration.ZERO, () ->
                        moves.unfinishedFor(listed.interactionId()).filter(m -> m.id() == listed.id()).map(m -> {
                            steps.run(m);
                            return 1;
                        }).orElse(0)).orElse(0);
            } catch (RuntimeException e) {
                LOG.warn("Account {}: move {} could not be finished yet; the next run tries again", account.id(),
                        listed.id(), e);
            }
        }
        return done;
    }
}
