package io.socialdesk.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Several cluster locks held together for one piece of work, taken in the order given (callers sort the names, so
 * two nodes never wait on each other in a circle) within one shared wait: the work runs with the names it holds, and
 * a lock held elsewhere past the wait is simply left out.
 */
final class LockSet {
    private LockSet() {
    }

    static <T> T withEach(ClusterLocks locks, List<String> names, Duration wait, Function<Set<String>, T> work) {
        long deadline = System.nanoTime() + wait.toNanos();
        return take(locks, List.copyOf(names), 0, new LinkedHashSet<>(), deadline, work);
    }

    private static <T> T take(ClusterLocks locks, List<String> names, int next, Set<String> held, long deadline,
                              Function<Set<String>, T> work) {
        if (next == names.size()) {
            return work.apply(Set.copyOf(held));
        }
        String name = names.get(next);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        // the work's result travels in a box: a lock not taken (empty) must not be mistaken for work that ran
        List<T> result = new ArrayList<>(1);
        Optional<Boolean> ran = locks.tryWith(name, left, () -> {
            held.add(name);
            try {
                result.add(take(locks, names, next + 1, held, deadline, work));
                return Boolean.TRUE;
            } finally {
                held.remove(name);
            }
        });
        return ran.isPresent() ? result.get(0) : take(locks, names, next + 1, held, deadline, work);
    }
}
