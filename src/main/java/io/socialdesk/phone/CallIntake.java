package io.socialdesk.phone;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.contact.Contact;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * DESIGN §6: a finished call becomes an interaction on the caller's contact, recorded first (unique call id), then
 * noted on the contact's open request or, if missed and the setting says so, made a request of its own. The
 * contact's lock is the one intake routing takes, so a call and a post of one customer never race to create two
 * requests. A repeated call id finishes what an interrupted first delivery began and changes nothing else.
 */
@Component
public class CallIntake {
    private static final Duration CONTACT_LOCK_WAIT = Duration.ofSeconds(10);
    private static final int OPEN_REQUESTS_CONSIDERED = 20;

    private final CallLog calls;
    private final CallerIdentity callers;
    private final InteractionLog log;
    private final RequestDesk desk;
    private final ClusterLocks locks;
    private final CallSignals signals;

    public sealed interface Outcome {
        record Logged(long interactionId, Optional<Long> issueId, boolean repeated) implements Outcome {
        }

        /** Another delivery of the same customer's contact holds the lock: the sender should retry later. */
        record Busy() implements Outcome {
        }
    }

    @Inject
    public CallIntake(CallLog calls, CallerIdentity callers, InteractionLog log, RequestDesk desk, ClusterLocks locks,
                      CallSignals signals) {
        this.calls = calls;
        this.callers = callers;
        this.log = log;
        this.desk = desk;
        this.locks = locks;
        this.signals = signals;
    }

    public Outcome accept(ChannelAccount line, CallReport call, CallSettings settings) {
        Contact contact = callers.of(call);
        Optional<Outcome> outcome = locks.tryWith("io.socialdesk.contact." + contact.id(), CONTACT_LOCK_WAIT,
                () -> logLocked(line, call, contact, settings));
        signals.onRequests(line);
        if (outcome.orElse(null) instanceof Outcome.Logged logged && logged.issueId().isEmpty() && !logged.repeated()) {
            signals.withoutRequest(line, call, contact.id());
        }
        return outcome.orElseGet(Outcome.Busy::new);
    }

    private Outcome logLocked(ChannelAccount line, CallReport call, Contact contact, CallSettings settings) {
        CallLog.StoredCall stored = calls.record(line.id(), call, contact.id(), CallText.line(call));
        if (stored.status() == RoutingStatus.ROUTED || stored.status() == RoutingStatus.SKIPPED) {
            return new Outcome.Logged(stored.interactionId(), stored.issueId(), true);
        }
        long id = stored.interactionId();
        log.markRouting(id, contact.id());
        Optional<Long> issue = openRequest(contact, line.target().serviceDeskId()).map(open -> {
            desk.comment(open.issueId(), id, CallText.note(call), true, line.intakeUserKey());
            return open.issueId();
        });
        if (issue.isEmpty() && call.disposition().unanswered() && settings.missedCallCreatesRequest()) {
            RequestState created = desk.createdFor(id).orElseGet(() -> desk.create(new NewRequest(line.target(),
                    CallText.summary(call), CallText.note(call), contact.customerKey(), id, line.intakeUserKey())));
            issue = Optional.of(created.issueId());
        }
        if (issue.isPresent()) {
            log.markRouted(id, issue.get());
        } else {
            log.markSkipped(id, "no open request");
        }
        return new Outcome.Logged(id, issue, !stored.isNew());
    }

    private Optional<RequestState> openRequest(Contact contact, int serviceDeskId) {
        return log.issuesOfContact(contact.id()).stream().limit(OPEN_REQUESTS_CONSIDERED).map(desk::state)
                .flatMap(Optional::stream)
                .filter(r -> !r.resolved() && r.serviceDeskId() == serviceDeskId)
                .findFirst();
    }
}
