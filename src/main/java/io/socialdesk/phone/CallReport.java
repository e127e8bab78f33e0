package io.socialdesk.phone;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One finished call as the telephony system reported it, numbers already in E.164. {@code customerNumber} is the
 * caller of an inbound call and the callee of an outbound one: the customer's side either way.
 */
public record CallReport(String callId, CallDirection direction, String customerNumber, String lineNumber,
                         Instant startedAt, Duration duration, CallDisposition disposition, Optional<String> agent,
                         Optional<String> queue, Optional<URI> recordingUrl, Optional<String> customerEmail,
                         Optional<String> callerName) {

    public enum CallDirection {
        INBOUND,
        OUTBOUND
    }

    public enum CallDisposition {
        ANSWERED,
        MISSED,
        VOICEMAIL,
        BUSY,
        FAILED;

        /** The customer tried and nobody spoke to them: worth a request of its own when the setting says so. */
        public boolean unanswered() {
            return this == MISSED || this == VOICEMAIL;
        }
    }
}
