package io.socialdesk.insights;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts the public agent comments Jira announced as first responses, for every channel a desk has (portal, e-mail,
 * phone and the networks alike), so the insights compare them on one measure. Run by {@link InsightsRollup} under its
 * cluster lock. Jira is read only for what a comment changes: a request's origin when the rollup has no row for it
 * yet, and its SLA when it had no response yet — one read each per request, not per comment.
 */
@Component
public class AgentResponses {
    static final int BATCH = 200;
    /**
     * A comment on a request SocialDesk raised waits for the rollup to count the request's first contact (its channel
     * is that contact's network); one still waiting after this long is dropped, so the queue cannot clog.
     */
    static final Duration WAIT_FOR_CONTACT = Duration.ofDays(1);

    private final ResponseStore store;
    private final RequestOrigins origins;
    private final FirstResponseSla sla;
    private final java.time.Clock clock;
    private final Insights.TargetsSource targets;

    @Inject
    public AgentResponses(ResponseStore store, RequestOrigins origins, FirstResponseSla sla, java.time.Clock clock,
                          Insights.TargetsSource targets) {
        this.store = store;
        this.origins = origins;
        this.sla = sla;
        this.clock = clock;
        this.targets = targets;
    }

    /** Counts up to {@value #BATCH} queued comments; answers how many were taken from the queue. */
    public int catchUp() {
        List<ResponseStore.Queued> queued = store.queued(BATCH);
        if (queued.isEmpty()) {
            return 0;
        }
        Map<Long, String> firstAuthor = new LinkedHashMap<>();
        queued.forEach(q -> firstAuthor.putIfAbsent(q.comment().issueId(), q.comment().authorKey()));
        Map<Long, Optional<Instant>> known = store.firstResponses(firstAuthor.keySet());
        Map<Long, RequestOrigin> found = new HashMap<>();
        Map<Long, FirstResponseSla.Cycle> slas = new HashMap<>();
        String slaName = targets.targets().slaName();
        firstAuthor.forEach((issueId, author) -> {
            Optional<Instant> response = known.get(issueId);
            if (response == null) {
                origins.of(issueId, author).ifPresent(origin -> found.put(issueId, origin));
            }
            if (response == null || response.isEmpty()) {
                sla.firstCycle(issueId, slaName, author).ifPresent(cycle -> slas.put(issueId, cycle));
            }
        });
        Instant dropBefore = clock.instant().minus(WAIT_FOR_CONTACT);
        List<ResponseStore.Queued> taken = queued.stream().filter(q -> known.containsKey(q.comment().issueId())
                || !Optional.ofNullable(found.get(q.comment().issueId())).map(RequestOrigin::raisedBySocialDesk)
                .orElse(false) || q.comment().at().isBefore(dropBefore)).toList();
        store.count(taken, found, slas);
        return taken.size();
    }
}
