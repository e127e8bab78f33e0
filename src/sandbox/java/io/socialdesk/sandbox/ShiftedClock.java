package io.socialdesk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's clock: the system's, moved by an offset while {@link SampleHistory} plays the past few days, then
 * back to the system's own time for good. It only ever moves forward.
 */
final class ShiftedClock extends Clock {
    private final AtomicReference<Duration> offset;

    ShiftedClock(Duration offset) {
        this.offset = new AtomicReference<>(offset);
    }

    /** Moves the clock to {@code at} (in the past), never backwards. */
    void moveTo(Instant at) {
        Duration wanted = Duration.between(Instant.now(), at);
        offset.accumulateAndGet(wanted, (current, next) -> next.compareTo(current) > 0 ? next : current);
    }

    /** Back to the system's time. */
    void present() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
