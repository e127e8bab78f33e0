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
import io.socialdesk.privacy.ContactRecords;
import io.socialdesk.privacy.Retention;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The retention job: applies the retention setting once a day, once per cluster (Atlassian Scheduler claims each run
 * for one node). A stable job id, so restarts and other nodes reschedule the same job.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class RetentionJob implements JobRunner, LifecycleAware, DisposableBean {
    static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.socialdesk.privacy.retention");
    static final JobId JOB_ID = JobId.of("io.socialdesk.privacy.retention");
    static final long INTERVAL_MS = 24L * 60 * 60 * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final SchedulerService scheduler;
    private final Retention retention;

    @Inject
    public RetentionJob(@ComponentImport SchedulerService scheduler, Retention retention) {
        this.scheduler = scheduler;
        this.retention = retention;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER_KEY)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MS, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("SocialDesk could not schedule its retention job; old interactions are not deleted", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public void destroy() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ContactRecords.Purged purged = retention.apply();
            // Jira lists each run's message with the job: only a run that deleted something has one
            return purged.interactions() == 0 && purged.contacts() == 0 ? JobRunnerResponse.success()
                    : JobRunnerResponse.success("deleted " + purged.interactions() + " interactions and "
                            + purged.contacts() + " contacts");
        } catch (RuntimeException e) {
            LOG.error("SocialDesk retention run failed; the next run continues", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
