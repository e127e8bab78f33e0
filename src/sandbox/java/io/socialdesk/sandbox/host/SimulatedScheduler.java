package io.socialdesk.sandbox.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.dbcp.BasicDataSource;

/**
 * Atlassian Scheduler on one node: jobs are registered by runner key and scheduled by stable id; a run-once-per-cluster
 * job claims each run in the shared database (a conditional update of its next-run time), so of several nodes exactly
 * one runs it per period. The sandbox runs jobs at its own fast cadence instead of each schedule's interval.
 */
public final class SimulatedScheduler implements SchedulerService {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final BasicDataSource pool = new BasicDataSource();
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "sandbox-scheduler"));

    public SimulatedScheduler(String jdbcUrl, String user, String password, Clock clock) {
        this.clock = clock;
        pool.setUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE SANDBOX_JOB (JOB_ID VARCHAR(255) PRIMARY KEY, RUN_AFTER BIGINT NOT NULL)");
        } catch (SQLException alreadyThere) {
            // another node created it first
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) {
        jobs.put(jobId, config);
        try (Connection c = pool.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO SANDBOX_JOB (JOB_ID, RUN_AFTER) VALUES (?, 0)")) {
            insert.setString(1, jobId.toString());
            insert.executeUpdate();
        } catch (SQLException scheduledByAnotherNode) {
            // the same stable id: one job for the cluster
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
    }

    /** Runs the scheduled jobs every {@code cadence}, on this node's scheduler thread. */
    public void start(Duration cadence) {
        thread.scheduleWithFixedDelay(() -> runDue(cadence), 0, cadence.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One tick: every job this node may run now (a cluster job only if this node claims the period). */
    public void runDue(Duration period) {
        jobs.forEach((id, config) -> {
            if (config.getRunMode() == RunMode.RUN_LOCALLY || claim(id, period)) {
                run(id, config);
            }
        });
    }

    public void stop() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(30, TimeUnit.SECONDS);
        try {
            pool.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(JobId id, JobConfig config) {
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return; // registered on another node only, or unregistered while its plugin is disabled
        }
        Date start = Date.from(clock.instant());
        JobRunnerResponse response = runner.runJob(new Request(start, id, config));
        if (response != null && response.getMessage() != null) {
            System.err.println("sandbox job " + id + ": " + response.getMessage());
        }
    }

    /**
     * Claims on the wall clock, not the product's clock: a test that stops its clock must not stop the scheduler
     * (the claim would never come due again), as Jira's scheduler runs on real time whatever a test does.
     */
    private boolean claim(JobId id, Duration period) {
        long now = System.currentTimeMillis();
        try (Connection c = pool.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE SANDBOX_JOB SET RUN_AFTER = ? WHERE JOB_ID = ? AND RUN_AFTER <= ?")) {
            update.setLong(1, now + period.toMillis() / 2);
            update.setString(2, id.toString());
            update.setLong(3, now);
            return update.executeUpdate() == 1;
        } catch (SQLException conflict) {
            return false; // another node's update won
        }
    }

    private record Request(Date getStartTime, JobId getJobId, JobConfig getJobConfig) implements JobRunnerRequest {
        @Override
        public boolean isCancellationRequested() {
            return false;
        }
    }
}
