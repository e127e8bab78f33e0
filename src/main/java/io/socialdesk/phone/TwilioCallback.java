package io.socialdesk.phone;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A Twilio call status callback (form parameters as Twilio documents them). Only final statuses are calls;
 * {@code queued}, {@code ringing} and {@code in-progress} are acknowledged and ignored.
 */
public final class TwilioCallback {
    private static final long MAX_CALL_SECONDS = Duration.ofDays(1).toSeconds();
    private static final java.util.Set<String> PROGRESS = java.util.Set.of("queued", "initiated", "ringing",
            "in-progress");
    private final PhoneNumbers numbers;

    public TwilioCallback(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    public ParsedCall parse(Map<String, String> params, Instant received) {
        Optional<String> sid = value(params, "CallSid").filter(s -> s.length() <= 64);
        if (sid.isEmpty()) {
            return new ParsedCall.Invalid("CallSid", "is required");
        }
        Optional<String> status = value(params, "CallStatus");
        if (status.isEmpty()) {
            return new ParsedCall.Invalid("CallStatus", "is required");
        }
        if (PROGRESS.contains(status.get())) {
            return new ParsedCall.NotFinal(status.get());
        }
        Optional<CallDisposition> disposition = disposition(status.get());
        if (disposition.isEmpty()) {
            return new ParsedCall.Invalid("CallStatus", "is not a Twilio call status");
        }
        Direction direction = value(params, "Direction").filter(d -> d.startsWith("outbound")).isPresent()
                ? Direction.OUTBOUND : Direction.INBOUND;
        Optional<String> from = value(params, "From").flatMap(numbers::toE164);
        if (from.isEmpty()) {
            return new ParsedCall.Invalid("From", "must be a phone number");
        }
        Optional<String> to = value(params, "To").flatMap(numbers::toE164);
        if (to.isEmpty()) {
            return new ParsedCall.Invalid("To", "must be a phone number");
        }
        long seconds;
        try {
            seconds = value(params, "CallDuration").map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return new ParsedCall.Invalid("CallDuration", "must be a whole number of seconds");
        }
        if (seconds < 0 || seconds > MAX_CALL_SECONDS) {
            return new ParsedCall.Invalid("CallDuration", "must be between 0 and " + MAX_CALL_SECONDS);
        }
        Instant ended = value(params, "Timestamp").flatMap(TwilioCallback::rfc1123).orElse(received);
        boolean inbound = direction == Direction.INBOUND;
        return new ParsedCall.Valid(new CallReport(sid.get(), direction, inbound ? from.get() : to.get(),
                inbound ? to.get() : from.get(), ended.minusSeconds(seconds), Duration.ofSeconds(seconds),
                disposition.get(), Optional.empty(), Optional.empty(),
                value(params, "RecordingUrl").flatMap(CallJson::httpsUri), Optional.empty(),
                value(params, "CallerName").flatMap(CallJson::label)));
    }

    private static Optional<CallDisposition> disposition(String status) {
        return switch (status) {
            // Twilio's status callback has no voicemail state: a voicemail flow reports through the generic webhook
            case "completed" -> Optional.of(CallDisposition.ANSWERED);
            case "no-answer", "canceled" -> Optional.of(CallDisposition.MISSED);
            case "busy" -> Optional.of(CallDisposition.BUSY);
            case "failed" -> Optional.of(CallDisposition.FAILED);
            default -> Optional.empty();
        };
    }

    private static Optional<String> value(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::strip).filter(v -> !v.isEmpty() && v.length() <= 512);
    }

    private static Optional<Instant> rfc1123(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
