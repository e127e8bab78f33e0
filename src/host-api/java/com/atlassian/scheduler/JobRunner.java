// Source: https://docs.atlassian.com/atlassian-scheduler/latest/com/atlassian/scheduler/JobRunner.html
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
