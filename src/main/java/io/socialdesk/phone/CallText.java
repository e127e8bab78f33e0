package io.socialdesk.phone;

import io.socialdesk.intake.InboundText;
import io.socialdesk.phone.CallReport.CallDirection;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a call says in the history, in an internal note and in a request it creates. Telephony text is escaped. */
public final class CallText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CallText() {
    }

    /** Plain text, stored as the interaction's body (the panel shows it as text). */
    public static String line(CallReport call) {
        StringBuilder text = new StringBuilder(call.direction() == CallDirection.INBOUND ? "Inbound call from "
                : "Outbound call to ").append(call.customerNumber()).append(": ")
                .append(call.disposition().name().toLowerCase(Locale.ROOT));
        if (!call.duration().isZero()) {
            text.append(", ").append(duration(call.duration()));
        }
        call.agent().ifPresent(agent -> text.append(", agent ").append(agent));
        call.queue().ifPresent(queue -> text.append(", queue ").append(queue));
        return text.toString();
    }

    public static String summary(CallReport call) {
        String name = call.callerName().map(n -> n + " (" + call.customerNumber() + ")").orElse(call.customerNumber());
        return (call.disposition() == CallReport.CallDisposition.VOICEMAIL ? "Voicemail from " : "Missed call from ")
                + name;
    }

    /** Jira wiki markup for a comment or description. */
    public static String note(CallReport call) {
        StringBuilder note = new StringBuilder("*Phone:* ").append(InboundText.escape(line(call)))
                .append(" (").append(WHEN.format(call.startedAt())).append(")");
        call.recordingUrl().ifPresent(url -> note.append("\n[Recording|")
                .append(url.toASCIIString().replace("|", "%7C").replace("]", "%5D")).append(']'));
        return note.toString();
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        int seconds = duration.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }
}
