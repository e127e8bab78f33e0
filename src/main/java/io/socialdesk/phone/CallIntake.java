package io.socialdesk.phone;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Pushed;
import io.socialdesk.intake.PushedIntake;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * A finished call as the pushed intake takes it: the customer's number is the author (one identity with every other
 * channel of numbers), the call as one plain line is its text, and the telephony system's e-mail lookup joins the
 * Jira customer. Recording, identity, routing and repeats are the pushed intake's.
 */
@Component
public class CallIntake {
    private final PushedIntake intake;

    @Inject
    public CallIntake(PushedIntake intake) {
        this.intake = intake;
    }

    public PushedIntake.Outcome accept(ChannelAccount line, CallReport call) {
        InboundPost asContact = new InboundPost(call.callId(), PostKind.CALL, CallText.line(call), call.recordingUrl(),
                new Author(call.customerNumber(), call.customerNumber(), call.callerName().orElse(""),
                        OptionalLong.empty(), Optional.empty()),
                call.startedAt(), Optional.empty(), Optional.empty(), Optional.empty());
        return intake.accept(line, new Pushed(asContact,
                Optional.of(new Pushed.Call(call.direction(), call.disposition(), call.duration())),
                call.customerEmail()));
    }
}
