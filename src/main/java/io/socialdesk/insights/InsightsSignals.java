package io.socialdesk.insights;

import io.socialdesk.automation.SocialEventType;
import io.socialdesk.intake.SignalPublisher;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The two Automation signals the insights give, fired by the rollup's run after it counted: *SocialDesk: waiting too
 * long* when a request's newest contact has had no answer for longer than the response target (once per wait: an
 * answer ends it, the next unanswered contact starts another), and *SocialDesk: repeat contact* when an open request
 * reaches the repeat thresholds (once per request). Resolved requests are noted as signalled without an event. Each is
 * fired first and noted after, so a crash in between fires it again rather than never.
 */
@Component
public class InsightsSignals {
    static final int PER_RUN = 50;

    private final SignalStore store;
    private final RequestDesk desk;
    private final SignalPublisher publisher;
    private final Clock clock;

    @Inject
    public InsightsSignals(SignalStore store, RequestDesk desk, SignalPublisher publisher, Clock clock) {
        this.store = store;
        this.desk = desk;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Fires what is due; answers how many events went out. */
    public int fire(Insights.Targets targets) {
        Instant now = clock.instant();
        int fired = fire(store.unsignalledWaits(now.minus(targets.response()), PER_RUN),
                SocialEventType.WAITING_TOO_LONG, SignalStore.Signal.WAITING, now);
        return fired + fire(store.unsignalledRepeats(targets.repeatContacts(), targets.repeatChannels(), PER_RUN),
                SocialEventType.REPEAT_CONTACT, SignalStore.Signal.REPEAT, now);
    }

    private int fire(List<RequestFacts> due, SocialEventType event, SignalStore.Signal kind, Instant now) {
        int fired = 0;
        for (RequestFacts request : due) {
            boolean open = desk.pass(() -> desk.state(request.issueId()).filter(s -> !s.resolved()).isPresent());
            if (open && publisher.insight(request.issueId(), event)) {
                fired++;
            }
            store.signalled(request.issueId(), kind, now);
        }
        return fired;
    }
}
