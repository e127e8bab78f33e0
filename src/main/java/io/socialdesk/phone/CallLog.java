package io.socialdesk.phone;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Store port: calls as interactions of kind CALL, unique per (phone line, call id). */
public interface CallLog {
    /** The call as stored: just now, or earlier when the telephony system sends the same call id again. */
    record StoredCall(long interactionId, boolean isNew) {
    }

    /** The stored interaction of this call id on this line, if the call was recorded before. */
    Optional<Long> find(long lineAccountId, String callId);

    /** {@code text}: the call as one plain line, for the history. */
    /**
     * Stores the call once (or finds it stored by an earlier delivery). Empty when the database kept refusing the
     * write as a conflict with concurrent writers (serialization failures, retried a few times): nothing was stored
     * and the sender may deliver it again.
     */
    Optional<StoredCall> record(long lineAccountId, CallReport call, String text);

    /** A routed call that landed on no request and whose notice to Automation is not sent yet. */
    record OwedNotice(long interactionId, String callId, Direction direction, String customerNumber,
                      CallDisposition disposition, Duration duration, Instant startedAt, long contactId) {
    }

    List<OwedNotice> owedNotices(long lineAccountId, int limit);
}
