package io.socialdesk.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.socialdesk.intake.PollCycle;
import jakarta.inject.Inject;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The intake job: one run per cluster every {@link #INTERVAL_MS} ms (accounts have their own, longer intervals; the
 * job only looks at which are due). The job id is stable, so restarts and other nodes reschedule the same job
 * instead of adding one each. Exported as LifecycleAware so SAL calls {@link #onStart()} once Jira is up.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class PollJob implements JobRunner, LifecycleAware, DisposableBean {
    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.socialdesk.intake.poll");
    static final JobId JOB_ID = JobId.of("io.socialdesk.intake.poll");
    static final long INTERVAL_MS = 15_000;
    /** How long disabling waits for accounts still being polled (a run does not wait for a hanging network). */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(PollJob.class);

    private final SchedulerService scheduler;
    private final PollCycle cycle;
    private final io.socialdesk.insights.InsightsRollup insights;

    @Inject
    public PollJob(@ComponentImport SchedulerService scheduler, PollCycle cycle,
                   io.socialdesk.insights.InsightsRollup insights) {
        this.scheduler = scheduler;
        this.cycle = cycle;
        this.insights = insights;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MS, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("SocialDesk could not schedule its intake job; no channel will be polled", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    /**
     * Plugin disabled or uninstalled: stop running here, and give accounts still being polled a moment to finish
     * (what one leaves unfinished is recorded-first and picked up by the next run anywhere); the job stays scheduled
     * for the other nodes.
     */
    @Override
    public void destroy() throws InterruptedException {
        scheduler.unregisterJobRunner(RUNNER_KEY);
        if (!cycle.awaitIdle(STOP_WAIT)) {
            LOG.warn("SocialDesk stopped while an account was still being polled; the next run takes it up");
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            cycle.run();
            // after the accounts: what this run routed is counted for the insights in the same run
            insights.catchUp();
            return JobRunnerResponse.success();
        } catch (RuntimeException e) {
            LOG.error("SocialDesk intake run failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
