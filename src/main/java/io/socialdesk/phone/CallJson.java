package io.socialdesk.phone;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import io.socialdesk.support.StrictJson;
import io.socialdesk.web.TextFields;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The generic call webhook body (schema in docs/channels.md). Every problem names its field; anything unexpected in the
 * input is an {@link ParsedCall.Invalid}, never an exception.
 */
public final class CallJson {
    private static final int MAX_TEXT = 255;
    private static final int MAX_URL = 450;
    private static final long MAX_CALL_SECONDS = Duration.ofDays(1).toSeconds();
    /** How far ahead of this server's clock a call may start (time zones and drifting clocks, not more). */
    private static final Duration MAX_AHEAD = Duration.ofDays(1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}$");
    private final PhoneNumbers numbers;

    public CallJson(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * The call, or the first field to fix: text no telephony system means (a NUL, a control character, a broken
     * character) or longer than it is kept is refused, and so is a start more than a day after {@code now} (a
     * clock gone wrong, which would put the call at the top of every history for a day).
     */
    public ParsedCall parse(String body, Instant now) {
        Optional<JsonObject> parsed = StrictJson.object(body);
        if (parsed.isEmpty()) {
            return new ParsedCall.Invalid("body", "must be one JSON object (strict JSON, UTF-8)");
        }
        JsonObject json = parsed.get();
        Optional<String> unreadable = TextFields.firstUnreadable(json);
        if (unreadable.isPresent()) {
            return new ParsedCall.Invalid(unreadable.get(), "contains a NUL, control character or broken character");
        }
        for (String field : new String[] {"agent", "queue", "callerName"}) {
            if (text(json, field).isEmpty() && present(json, field) && json.get(field).isJsonPrimitive()
                    && json.get(field).getAsJsonPrimitive().isString() && json.get(field).getAsString().length() > MAX_TEXT) {
                return new ParsedCall.Invalid(field, "has at most " + MAX_TEXT + " characters");
            }
        }
        Optional<String> callId = text(json, "callId").filter(id -> id.length() <= 128);
        if (callId.isEmpty()) {
            return new ParsedCall.Invalid("callId", "is required (at most 128 characters)");
        }
        Optional<Direction> direction = text(json, "direction").flatMap(d -> enumValue(Direction.class, d));
        if (direction.isEmpty()) {
            return new ParsedCall.Invalid("direction", "must be inbound or outbound");
        }
        Optional<String> from = text(json, "from").flatMap(numbers::toE164);
        if (from.isEmpty()) {
            return new ParsedCall.Invalid("from", "must be a phone number");
        }
        Optional<String> to = text(json, "to").flatMap(numbers::toE164);
        if (to.isEmpty()) {
            return new ParsedCall.Invalid("to", "must be a phone number");
        }
        Optional<Instant> started = text(json, "startedAt").flatMap(CallJson::instant);
        if (started.isEmpty()) {
            return new ParsedCall.Invalid("startedAt", "must be an ISO-8601 instant, e.g. 2026-11-22T10:00:00Z");
        }
        if (started.get().isAfter(now.plus(MAX_AHEAD))) {
            return new ParsedCall.Invalid("startedAt", "is more than a day ahead of this server's clock");
        }
        ParsedDuration duration = duration(json, started.get());
        if (duration.problem().isPresent()) {
            return duration.problem().get();
        }
        Optional<CallDisposition> disposition = text(json, "status").flatMap(s -> enumValue(CallDisposition.class, s));
        if (disposition.isEmpty()) {
            return new ParsedCall.Invalid("status", "must be answered, missed, voicemail, busy or failed");
        }
        for (String field : new String[] {"agent", "queue", "callerName"}) {
            if (json.has(field) && !json.get(field).isJsonNull() && label(json, field).isEmpty()) {
                return new ParsedCall.Invalid(field, "must be text");
            }
        }
        Optional<URI> recording = Optional.empty();
        if (present(json, "recordingUrl")) {
            recording = text(json, "recordingUrl").flatMap(CallJson::httpsUri);
            if (recording.isEmpty()) {
                return new ParsedCall.Invalid("recordingUrl", "must be an https URL of at most " + MAX_URL
                        + " characters");
            }
        }
        Optional<String> email = Optional.empty();
        if (present(json, "customerEmail")) {
            email = text(json, "customerEmail").filter(e -> EMAIL.matcher(e).matches());
            if (email.isEmpty()) {
                return new ParsedCall.Invalid("customerEmail", "must be an email address");
            }
        }
        boolean inbound = direction.get() == Direction.INBOUND;
        return new ParsedCall.Valid(new CallReport(callId.get(), direction.get(), inbound ? from.get() : to.get(),
                inbound ? to.get() : from.get(), started.get(), duration.value(), disposition.get(),
                label(json, "agent"), label(json, "queue"), recording, email, label(json, "callerName")));
    }

    private record ParsedDuration(Duration value, Optional<ParsedCall.Invalid> problem) {
    }

    private static ParsedDuration duration(JsonObject json, Instant started) {
        if (present(json, "durationSeconds")) {
            JsonElement value = json.get("durationSeconds");
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                return invalidDuration("durationSeconds", "must be a whole number of seconds");
            }
            try {
                long seconds = value.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
                return seconds < 0 || seconds > MAX_CALL_SECONDS
                        ? invalidDuration("durationSeconds", "must be between 0 and " + MAX_CALL_SECONDS)
                        : new ParsedDuration(Duration.ofSeconds(seconds), Optional.empty());
            } catch (ArithmeticException | NumberFormatException e) {
                return invalidDuration("durationSeconds", "must be a whole number of seconds");
            }
        }
        if (present(json, "endedAt")) {
            Optional<Instant> ended = text(json, "endedAt").flatMap(CallJson::instant);
            if (ended.isEmpty() || ended.get().isBefore(started)
                    || Duration.between(started, ended.get()).toSeconds() > MAX_CALL_SECONDS) {
                return invalidDuration("endedAt", "must be an ISO-8601 instant at most a day after startedAt");
            }
            return new ParsedDuration(Duration.between(started, ended.get()), Optional.empty());
        }
        return new ParsedDuration(Duration.ZERO, Optional.empty());
    }

    private static ParsedDuration invalidDuration(String field, String message) {
        return new ParsedDuration(Duration.ZERO, Optional.of(new ParsedCall.Invalid(field, message)));
    }

    private static boolean present(JsonObject json, String field) {
        return json.has(field) && !json.get(field).isJsonNull();
    }

    static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
            return Optional.empty();
        }
        String text = value.getAsString().strip();
        return text.isEmpty() || text.length() > MAX_TEXT ? Optional.empty() : Optional.of(text);
    }

    /** A name the telephony system gives (agent, queue, caller), checked plain and short enough by {@link #parse}. */
    static Optional<String> label(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
            return Optional.empty();
        }
        return label(value.getAsString());
    }

    static Optional<String> label(String raw) {
        String text = raw.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (text.length() > MAX_TEXT) {
            int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
            text = text.substring(0, end) + "…";
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<URI> httpsUri(String value) {
        if (value.length() > MAX_URL) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
