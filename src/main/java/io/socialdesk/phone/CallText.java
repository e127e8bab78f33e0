package io.socialdesk.phone;

import io.socialdesk.intake.Direction;
import java.time.Duration;
import java.util.Locale;

/** A call as one plain line, stored as the interaction's text: the panel shows it, the request's note quotes it. */
public final class CallText {
    private CallText() {
    }

    public static String line(CallReport call) {
        StringBuilder text = new StringBuilder(call.direction() == Direction.INBOUND ? "Inbound call from "
                : "Outbound call to ").append(call.customerNumber()).append(": ")
                .append(call.disposition().name().toLowerCase(Locale.ROOT));
        if (!call.duration().isZero()) {
            text.append(", ").append(duration(call.duration()));
        }
        call.agent().ifPresent(agent -> text.append(", agent ").append(agent));
        call.queue().ifPresent(queue -> text.append(", queue ").append(queue));
        return text.toString();
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        int seconds = duration.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }
}
