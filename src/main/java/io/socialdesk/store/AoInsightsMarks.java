package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.insights.InsightsMarks;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** A desk's surges and viral risks in a period, read from the surge and viral-watch tables by the desk's accounts. */
@Component
public class AoInsightsMarks implements InsightsMarks {
    private final ActiveObjects ao;

    @Inject
    public AoInsightsMarks(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Marks of(int serviceDeskId, Instant from, Instant to, int limit) {
        Map<Integer, String> accounts = Arrays.stream(ao.find(ChannelAccountEntity.class,
                        Query.select("ID, KIND").where("SERVICE_DESK_ID = ?", serviceDeskId)))
                .collect(Collectors.toMap(ChannelAccountEntity::getID, ChannelAccountEntity::getKind));
        if (accounts.isEmpty()) {
            return new Marks(List.of(), List.of());
        }
        List<Integer> ids = List.copyOf(accounts.keySet());
        // a surge lasts hours: those started before the end are read, those ended before the start left out here
        List<Surge> surges = InLists.find(ao, SurgeEntity.class, null, "ACCOUNT_ID", ids).stream()
                .filter(s -> s.getStartedAt() < to.toEpochMilli()
                        && (s.getEndedAt() == null || s.getEndedAt() >= from.toEpochMilli()))
                .sorted(java.util.Comparator.comparingLong(SurgeEntity::getStartedAt)).limit(limit)
                .map(s -> new Surge(Instant.ofEpochMilli(s.getStartedAt()),
                        Optional.ofNullable(s.getEndedAt()).map(Instant::ofEpochMilli), accounts.get(s.getAccountId())))
                .toList();
        List<ViralRisk> risks = Arrays.stream(ao.find(ViralWatchEntity.class, Query.select()
                        .where("FLAGGED_AT >= ? AND FLAGGED_AT < ?", from.toEpochMilli(), to.toEpochMilli())
                        .order("FLAGGED_AT").limit(limit * 4)))
                .filter(w -> accounts.containsKey(w.getAccountId())).limit(limit)
                .map(w -> new ViralRisk(Instant.ofEpochMilli(w.getFlaggedAt()), accounts.get(w.getAccountId()),
                        Optional.ofNullable(w.getIssueId())))
                .toList();
        return new Marks(surges, risks);
    }
}
