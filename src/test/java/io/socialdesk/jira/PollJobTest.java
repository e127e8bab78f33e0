package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import io.socialdesk.intake.PollCycle;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PollJobTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final PollCycle cycle = mock(PollCycle.class);
    private final PollJob job = new PollJob(scheduler, cycle, mock(io.socialdesk.insights.InsightsRollup.class));

    @Test
    void givenJiraStarted_whenTheJobIsRegistered_thenItRunsOncePerClusterUnderAStableId() throws Exception {
        // when
        job.onStart();

        // then
        verify(scheduler).registerJobRunner(JobRunnerKey.of("io.socialdesk.intake.poll"), job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of("io.socialdesk.intake.poll")), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("io.socialdesk.intake.poll"));
    }

    @Test
    void givenThePluginIsDisabled_whenDestroyed_thenTheRunnerIsUnregisteredButTheClusterJobStays() throws Exception {
        // when
        job.destroy();

        // then: accounts still in flight get a bounded moment to finish
        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("io.socialdesk.intake.poll"));
        verify(scheduler, org.mockito.Mockito.never()).unscheduleJob(any());
        verify(cycle).awaitIdle(java.time.Duration.ofSeconds(10));
    }

    @Test
    void givenAFailingCycle_whenTheJobRuns_thenJiraIsToldItFailed() {
        // given
        doThrow(new IllegalStateException("database gone")).when(cycle).run();

        // when
        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        // then
        assertThat(response.getMessage()).contains("database gone");
    }
}
