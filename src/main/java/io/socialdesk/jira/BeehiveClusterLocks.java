package io.socialdesk.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.intake.ClusterLocks;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Cluster locks through Jira's beehive: held in the database, released if the holding node dies. Beehive's locks are
 * not re-entrant; lock names are stripes (two customers may share one), so a thread that holds a name already (moving
 * one customer's contact into another's, both on one stripe) runs its work under the lock it has.
 */
@Component
public class BeehiveClusterLocks implements ClusterLocks {
    private final ClusterLockService lockService;
    private final ThreadLocal<java.util.Set<String>> held = ThreadLocal.withInitial(java.util.HashSet::new);

    @Inject
    public BeehiveClusterLocks(@ComponentImport ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work) {
        if (held.get().contains(name)) {
            return Optional.ofNullable(work.get());
        }
        ClusterLock lock = lockService.getLockForName(name);
        boolean acquired;
        try {
            acquired = wait.isZero() ? lock.tryLock() : lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!acquired) {
            return Optional.empty();
        }
        held.get().add(name);
        try {
            return Optional.ofNullable(work.get());
        } finally {
            held.get().remove(name);
            lock.unlock();
        }
    }
}
