package io.socialdesk.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting, a bounded time, for what another thread of a sandbox (the poll job, a fake network) brings about. */
public final class Eventually {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static void await(BooleanSupplier condition) throws InterruptedException {
        await(PATIENCE, condition);
    }

    /** For work that takes longer than one poll (a storm of hundreds of posts). */
    public static void await(Duration patience, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(50);
        }
    }
}
