package io.socialdesk.intake;

import java.util.concurrent.ExecutorService;

/**
 * Port to threads for the intake job's own parallel work. In Jira they carry the job thread's context (SAL's
 * thread-local delegation), as Atlassian asks of apps that run work outside the thread they were called on.
 */
public interface JobThreads {
    ExecutorService pool(int threads, String name);
}
