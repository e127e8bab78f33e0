package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.sandbox.host.DatabaseClusterLocks;
import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import io.socialdesk.testing.TestDatabase;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The port to cluster locks on beehive, as two Jira nodes on one database use it. */
class BeehiveClusterLocksTest {
    private final EntityManagerActiveObjects ao = TestDatabase.HSQLDB.connect();
    private final DatabaseClusterLocks nodeOneService = new DatabaseClusterLocks(ao.jdbcUrl(), "sa", "");
    private final DatabaseClusterLocks nodeTwoService = new DatabaseClusterLocks(ao.jdbcUrl(), "sa", "");
    private final BeehiveClusterLocks nodeOne = new BeehiveClusterLocks(nodeOneService);
    private final BeehiveClusterLocks nodeTwo = new BeehiveClusterLocks(nodeTwoService);

    @AfterEach
    void close() {
        nodeOneService.close();
        nodeTwoService.close();
        ao.dispose();
    }

    @Test
    void givenALockHeldOnOneNode_whenTheOtherNodeTries_thenItDoesNotRunTheWorkUntilReleased() throws Exception {
        // given
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> holder = CompletableFuture.supplyAsync(() ->
                nodeOne.tryWith("io.socialdesk.account.1", Duration.ZERO, () -> {
                    held.countDown();
                    await(release);
                    return "one";
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        // when
        Optional<String> whileHeld = nodeTwo.tryWith("io.socialdesk.account.1", Duration.ofMillis(100), () -> "two");
        release.countDown();
        Optional<String> afterwards = nodeTwo.tryWith("io.socialdesk.account.1", Duration.ofSeconds(5), () -> "two");

        // then
        assertThat(whileHeld).isEmpty();
        assertThat(holder.get(10, TimeUnit.SECONDS)).contains("one");
        assertThat(afterwards).contains("two");
    }

    @Test
    void givenALockHeldByThisThread_whenTakingItAgain_thenItIsNotReentrantAndNoWorkRuns() {
        // when
        Optional<Optional<String>> nested = nodeOne.tryWith("io.socialdesk.contact.7", Duration.ZERO,
                () -> nodeOne.tryWith("io.socialdesk.contact.7", Duration.ZERO, () -> "inner"));

        // then: beehive locks are not re-entrant; the port reports "not now" instead of deadlocking
        assertThat(nested).contains(Optional.empty());
    }

    @Test
    void givenWorkThatFails_whenRunUnderTheLock_thenTheLockIsReleasedForOthers() {
        // when
        assertThatThrownBy(() -> nodeOne.tryWith("io.socialdesk.contact.8", Duration.ZERO, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        // then
        assertThat(nodeTwo.tryWith("io.socialdesk.contact.8", Duration.ZERO, () -> "free")).contains("free");
    }

    @Test
    void givenAnInterruptedThread_whenWaitingForALock_thenItGivesUpAndKeepsTheInterrupt() {
        // given
        Thread.currentThread().interrupt();

        // when
        Optional<String> result = nodeOne.tryWith("io.socialdesk.contact.9", Duration.ofSeconds(1), () -> "ran");

        // then
        assertThat(result).isEmpty();
        assertThat(Thread.interrupted()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
