package io.socialdesk.phone;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.intake.ContactRouting;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A finished call enters the same pipeline as a post: under the caller's contact lock it is recorded (unique call id)
 * and routed by the same rules (noted on the customer's open request, a request of its own when missed and wanted,
 * else history only), then published. A repeated call id answers with what the first delivery made of it and changes
 * nothing else, not even the customer's identities; one that an interrupted delivery left unrouted is finished.
 */
@Component
public class CallIntake {
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(10);

    private final CallLog calls;
    private final CallerIdentity callers;
    private final InteractionLog log;
    private final ContactRouting routing;

    public sealed interface Outcome {
        record Logged(long interactionId, Optional<Long> issueId, boolean repeated) implements Outcome {
        }

        /** Another delivery of the same customer's contact holds the lock: the sender should retry later. */
        record Busy() implements Outcome {
        }
    }

    @Inject
    public CallIntake(CallLog calls, CallerIdentity callers, InteractionLog log, ContactRouting routing) {
        this.calls = calls;
        this.callers = callers;
        this.log = log;
        this.routing = routing;
    }

    public Outcome accept(ChannelAccount line, CallReport call) {
        Optional<Interaction> known = calls.find(line.id(), call.callId()).flatMap(log::reload);
        if (known.isPresent() && !known.get().status().pending()) {
            return new Outcome.Logged(known.get().id(), known.get().issueId(), true);
        }
        Contact contact = callers.of(call);
        boolean[] recordedNow = new boolean[1];
        return routing.recordAndRoute(line, contact, CONTACT_LOCK_WAIT, () ->
                calls.record(line.id(), call, CallText.line(call)).map(stored -> {
                    recordedNow[0] = stored.isNew();
                    return stored.interactionId();
                })).<Outcome>map(routed -> new Outcome.Logged(routed.id(), routed.issueId(), !recordedNow[0]))
                .orElseGet(Outcome.Busy::new);
    }
}
