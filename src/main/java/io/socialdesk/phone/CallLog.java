package io.socialdesk.phone;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Store port: the routed calls of a line whose notice to Automation is still owed. */
public interface CallLog {
    /** A routed call that landed on no request and whose notice to Automation is not sent yet. */
    record OwedNotice(long interactionId, String callId, Direction direction, String customerNumber,
                      CallDisposition disposition, Duration duration, Instant startedAt, long contactId) {
    }

    List<OwedNotice> owedNotices(long lineAccountId, int limit);
}
