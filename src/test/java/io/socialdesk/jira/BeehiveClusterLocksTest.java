package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.intake.LockNames;
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
    void givenALockHeldByThisThread_whenTakingItAgain_thenTheWorkRunsUnderItAndOtherNodesStillWait() {
        // when: two customers on one stripe, one's contact moved into the other's (beehive itself is not re-entrant)
        Optional<Optional<String>> nested = nodeOne.tryWith(LockNames.contact(7), Duration.ZERO,
                () -> nodeOne.tryWith(LockNames.contact(7 + LockNames.CONTACT_STRIPES), Duration.ZERO,
                        () -> nodeTwo.tryWith(LockNames.contact(7), Duration.ZERO, () -> "other node")
                                .orElse("inner")));

        // then
        assertThat(nested).contains(Optional.of("inner"));
        assertThat(nodeTwo.tryWith(LockNames.contact(7), Duration.ZERO, () -> "free")).contains("free");
    }

    @Test
    void givenAHundredThousandCustomers_whenEachOnesLockIsTaken_thenJiraKeepsABoundedNumberOfLockNames() {
        // when
        for (long contact = 1; contact <= 100_000; contact++) {
            nodeOne.tryWith(LockNames.contact(contact), Duration.ZERO, () -> "routed");
        }

        // then: one row per stripe, not per customer (Jira never deletes a lock name's row)
        assertThat(nodeOneService.lockNameRows()).isEqualTo(LockNames.CONTACT_STRIPES);
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
