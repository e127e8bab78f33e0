package io.socialdesk.phone;

import io.socialdesk.intake.RoutingStatus;
import java.util.Optional;

/** Store port: calls as interactions of kind CALL, unique per (phone line, call id). */
public interface CallLog {
    /** The call as stored: just now, or earlier when the telephony system sends the same call id again. */
    record StoredCall(long interactionId, boolean isNew, RoutingStatus status, Optional<Long> issueId) {
    }

    StoredCall record(long lineAccountId, CallReport call, long contactId, String text);
}
