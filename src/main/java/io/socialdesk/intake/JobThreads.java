package io.socialdesk.intake;

import java.util.concurrent.ExecutorService;

/**
 * Port to threads for the intake job's own parallel work: one bounded pool for the plugin's whole life (made on first
 * use, interrupted and ended when the plugin is disabled), not one per run. In Jira its threads carry the job thread's
 * context (SAL's thread-local delegation), as Atlassian asks of apps that run work outside the thread they were
 * called on.
 */
public interface JobThreads {
    /** The pool, {@code threads} wide; the same one on every call. Callers never shut it down. */
    ExecutorService pool(int threads, String name);
}
