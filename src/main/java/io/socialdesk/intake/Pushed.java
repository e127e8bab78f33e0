package io.socialdesk.intake;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.InboundPost;
import java.time.Duration;
import java.util.Optional;

/**
 * One contact a sender pushed to SocialDesk (a WhatsApp message, a finished call), read from its webhook.
 * {@code call}: what only a call has; {@code customerEmail}: the customer's e-mail where the sender knows it (a
 * telephony system's CRM lookup), which joins the contact to the Jira customer.
 */
public record Pushed(InboundPost post, Optional<Call> call, Optional<String> customerEmail) {
    /** A call's own facts: who called whom, how it ended and how long it took. */
    public record Call(Direction direction, CallDisposition disposition, Duration duration) {
    }

    /** A message: inbound, no e-mail known. */
    public static Pushed message(InboundPost post) {
        return new Pushed(post, Optional.empty(), Optional.empty());
    }

    public Direction direction() {
        return call.map(Call::direction).orElse(Direction.INBOUND);
    }
}
