package io.socialdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LockSetTest {
    /** Locks in memory: a name in {@code elsewhere} is held by another node; the order of taking is recorded. */
    private static final class Locks implements ClusterLocks {
        final Set<String> elsewhere = new HashSet<>();
        final Set<String> held = new HashSet<>();
        final List<String> taken = new ArrayList<>();

        @Override
        public <T> Optional<T> tryWith(String name, Duration wait, Supplier<T> work) {
            if (elsewhere.contains(name) || !held.add(name)) {
                return Optional.empty();
            }
            taken.add(name);
            try {
                return Optional.ofNullable(work.get());
            } finally {
                held.remove(name);
            }
        }
    }

    @Test
    void givenOneLockHeldElsewhere_whenTakingThree_thenTheWorkRunsOnceWithTheOtherTwoAndAllAreReleasedAfter() {
        // given
        Locks locks = new Locks();
        locks.elsewhere.add("b");
        List<Set<String>> runs = new ArrayList<>();

        // when
        int result = LockSet.withEach(locks, List.of("a", "b", "c"), Duration.ZERO, held -> {
            runs.add(Set.copyOf(locks.held));
            return held.size();
        });

        // then
        assertThat(result).isEqualTo(2);
        assertThat(runs).containsExactly(Set.of("a", "c"));
        assertThat(locks.taken).containsExactly("a", "c");
        assertThat(locks.held).isEmpty();
    }

    @Test
    void givenWorkThatAnswersNothing_whenRunUnderLocks_thenItRunsOnceNotAgainAsIfALockWereMissing() {
        // given
        Locks locks = new Locks();
        int[] calls = {0};

        // when
        Object result = LockSet.withEach(locks, List.of("a", "b"), Duration.ZERO, held -> {
            calls[0]++;
            return null;
        });

        // then
        assertThat(result).isNull();
        assertThat(calls[0]).isEqualTo(1);
    }
}
