package io.socialdesk.phone;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.intake.AccountVisits;
import io.socialdesk.intake.ContactRouting;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A finished call enters the same pipeline as a post. It is recorded first (unique call id), without waiting for
 * anyone, so the telephony system's request never waits on a lock; then, if its customer is not being routed
 * elsewhere at this moment, it is routed by the same rules (noted on the customer's open request, a request of its
 * own when missed and wanted, else history only) and published. Otherwise, and for its notice, the line is woken so
 * the intake job's next run does the rest. A repeated call id answers with what the first delivery made of it and
 * changes nothing else, not even the customer's identities; one that an interrupted delivery left unrouted is
 * finished.
 */
@Component
public class CallIntake {
    private final CallLog calls;
    private final CallerIdentity callers;
    private final InteractionLog log;
    private final ContactRouting routing;
    private final AccountVisits visits;

    public sealed interface Outcome {
        /** {@code issueId} empty: history only, or routing left to the intake job. */
        record Logged(long interactionId, Optional<Long> issueId, boolean repeated) implements Outcome {
        }

        /** The database kept refusing the write (conflicts): nothing was stored; the sender should retry later. */
        record Busy() implements Outcome {
        }
    }

    @Inject
    public CallIntake(CallLog calls, CallerIdentity callers, InteractionLog log, ContactRouting routing,
                      AccountVisits visits) {
        this.calls = calls;
        this.callers = callers;
        this.log = log;
        this.routing = routing;
        this.visits = visits;
    }

    public Outcome accept(ChannelAccount line, CallReport call) {
        Optional<Interaction> known = calls.find(line.id(), call.callId()).flatMap(log::reload);
        if (known.isPresent() && !known.get().status().pending()) {
            return new Outcome.Logged(known.get().id(), known.get().issueId(), true);
        }
        Contact contact = callers.of(call);
        Optional<CallLog.StoredCall> stored = calls.record(line.id(), call, CallText.line(call));
        if (stored.isEmpty()) {
            return new Outcome.Busy();
        }
        long id = stored.get().interactionId();
        // committed before the wake: the job's visit sees the call whatever this thread does next
        visits.wake(line.id());
        Interaction now = routing.routeRecorded(line, contact, id, Duration.ZERO)
                .or(() -> log.reload(id))
                .orElseThrow(() -> new IllegalStateException("call " + id + " vanished"));
        return new Outcome.Logged(now.id(), now.issueId(), !stored.get().isNew());
    }
}
