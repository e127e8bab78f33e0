package io.socialdesk.insights;

import io.socialdesk.intake.ClusterLocks;
import jakarta.inject.Inject;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Keeps the insights' counts up to date and fires their Automation signals ({@link InsightsSignals}), run by the intake job after its accounts (once per cluster; the
 * cluster lock keeps a second node that runs it at the same moment out). At most {@value #MAX_BATCHES} batches a run,
 * so a large backlog (the first run after an upgrade) is worked off over several runs without holding the job.
 */
@Component
public class InsightsRollup {
    static final int BATCH = 500;
    static final int MAX_BATCHES = 20;

    private final InsightsStore store;
    private final ClusterLocks locks;
    private final InsightsSignals signals;
    private final AgentResponses responses;
    private final RequestOrigins origins;
    private final Insights.TargetsSource targets;

    @Inject
    public InsightsRollup(InsightsStore store, ClusterLocks locks, InsightsSignals signals, AgentResponses responses,
                          RequestOrigins origins, Insights.TargetsSource targets) {
        this.store = store;
        this.locks = locks;
        this.signals = signals;
        this.responses = responses;
        this.origins = origins;
        this.targets = targets;
    }

    /** Answers how many interactions were counted in this run (none when another node holds the rollup). */
    public int catchUp() {
        return locks.tryWith(io.socialdesk.intake.LockNames.insightsRollup(), Duration.ZERO, () -> {
            int counted = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int taken = store.rollUp(BATCH, origins);
                counted += taken;
                if (taken < BATCH) {
                    break;
                }
            }
            // contacts first: a comment answering a contact counted in this run finds its request's row
            for (int batch = 0; batch < MAX_BATCHES && responses.catchUp() == AgentResponses.BATCH; batch++) {
                // each batch is counted and dequeued in its own transaction
            }
            // after counting: a contact counted in this run is judged in this run
            signals.fire(targets.targets());
            return counted;
        }).orElse(0);
    }
}
