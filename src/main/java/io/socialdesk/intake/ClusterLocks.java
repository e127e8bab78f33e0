package io.socialdesk.intake;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port to cluster-wide named locks (beehive in Jira, a database lock in the sandbox). A lock held elsewhere is not
 * an error: the work is simply not done now and runs again on the next cycle.
 */
public interface ClusterLocks {
    <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work);
}
