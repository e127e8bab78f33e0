package io.socialdesk.phone;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One finished call as the telephony system reported it, numbers already in E.164. {@code customerNumber} is the
 * caller of an inbound call and the callee of an outbound one: the customer's side either way.
 */
public record CallReport(String callId, Direction direction, String customerNumber, String lineNumber,
                         Instant startedAt, Duration duration, CallDisposition disposition, Optional<String> agent,
                         Optional<String> queue, Optional<URI> recordingUrl, Optional<String> customerEmail,
                         Optional<String> callerName) {
}
