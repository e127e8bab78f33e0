// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunnerRequest.html
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
