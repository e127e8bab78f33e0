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

/** Cluster locks through Jira's beehive: held in the database, released if the holding node dies. */
@Component
public class BeehiveClusterLocks implements ClusterLocks {
    private final ClusterLockService lockService;

    @Inject
    public BeehiveClusterLocks(@ComponentImport ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work) {
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
        try {
            return Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }
}
