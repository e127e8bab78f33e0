package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.insights.SignalStore;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The insights' request rows as the Automation signals read them: which waits and repeat contacts are due to be
 * signalled and noting them, and a request's effort for the {@code socialdesk} issue property.
 */
@Component
public class AoInsightsSignals implements SignalStore, io.socialdesk.intake.RequestEfforts {
    private final ActiveObjects ao;

    @Inject
    public AoInsightsSignals(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<io.socialdesk.insights.RequestFacts> unsignalledWaits(java.time.Instant before, int limit) {
        // compared in Java: a column on the right of a comparison is not quoted for PostgreSQL by Active Objects
        InsightsRequestEntity[] waiting = ao.find(InsightsRequestEntity.class, Query.select()
                .where("WAITING_SINCE IS NOT NULL AND WAITING_SINCE < ?", before.toEpochMilli())
                .order("WAITING_SINCE").limit(limit * 4));
        return Arrays.stream(waiting).filter(row -> row.getWaitSignaledAt() == null
                || row.getWaitSignaledAt() < row.getWaitingSince()).limit(limit).map(InsightsRows::fact).toList();
    }

    @Override
    public List<io.socialdesk.insights.RequestFacts> unsignalledRepeats(int minContacts, int minChannels, int limit) {
        return InsightsRows.facts(ao, Query.select(InsightsRows.FACT_COLUMNS).where("REPEAT_SIGNALED_AT IS NULL AND CONTACTS >= ?",
                        Math.min(minContacts, minChannels)).order("ID").limit(limit * 4)).stream()
                .filter(r -> r.contacts() >= minContacts || r.channels().size() >= minChannels).limit(limit).toList();
    }

    @Override
    public void signalled(long issueId, SignalStore.Signal kind, java.time.Instant at) {
        ao.executeInTransaction(() -> {
            InsightsRows.byIssue(ao, issueId).ifPresent(row -> {
                if (kind == SignalStore.Signal.WAITING) {
                    row.setWaitSignaledAt(at.toEpochMilli());
                } else {
                    row.setRepeatSignaledAt(at.toEpochMilli());
                }
                row.save();
            });
            return null;
        });
    }

    @Override
    public java.util.Optional<io.socialdesk.automation.IssueSignal.Effort> of(long issueId) {
        return InsightsRows.byIssue(ao, issueId).map(AoInsightsSignals::effort);
    }

    @Override
    public Map<Long, io.socialdesk.automation.IssueSignal.Effort> of(java.util.Collection<Long> issueIds) {
        Map<Long, io.socialdesk.automation.IssueSignal.Effort> found = new HashMap<>();
        InLists.find(ao, InsightsRequestEntity.class, null, "ISSUE_ID", List.copyOf(issueIds))
                .forEach(row -> found.put(row.getIssueId(), effort(row)));
        return found;
    }

    private static io.socialdesk.automation.IssueSignal.Effort effort(InsightsRequestEntity row) {
        return new io.socialdesk.automation.IssueSignal.Effort(
                java.util.Optional.ofNullable(row.getWaitingSince()).map(java.time.Instant::ofEpochMilli),
                row.getContacts(), InsightsRows.channels(row).size());
    }
}
