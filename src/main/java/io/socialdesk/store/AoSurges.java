package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.surge.Surge;
import io.socialdesk.surge.SurgeDetector;
import io.socialdesk.surge.SurgeMember;
import io.socialdesk.surge.SurgeStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Surges and the decisions about their posts, in AO_xxxxxx_SURGE and AO_xxxxxx_SURGE_MEMBER. */
@Component
public class AoSurges implements SurgeStore {
    private final ActiveObjects ao;

    @Inject
    public AoSurges(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public SurgeDetector.Counts counts(long accountId, Instant now) {
        long windowStart = now.minus(SurgeDetector.WINDOW).toEpochMilli();
        long baselineStart = now.minus(SurgeDetector.WINDOW).minus(SurgeDetector.BASELINE).toEpochMilli();
        return new SurgeDetector.Counts(posts(accountId, windowStart, now.toEpochMilli() + 1),
                posts(accountId, baselineStart, windowStart));
    }

    private int posts(long accountId, long from, long until) {
        return ao.count(InteractionEntity.class, Query.select().where(
                "ACCOUNT_ID = ? AND OCCURRED_AT >= ? AND OCCURRED_AT < ? AND DIRECTION = ? AND KIND <> ?",
                (int) accountId, from, until, Direction.INBOUND.name(), PostKind.CALL.name()));
    }

    @Override
    public Optional<Surge> active(long accountId) {
        return first(Query.select().where("ACTIVE_FOR = ?", (int) accountId));
    }

    @Override
    public Optional<Surge> byId(long surgeId) {
        return Optional.ofNullable(ao.get(SurgeEntity.class, (int) surgeId)).map(AoSurges::surge);
    }

    @Override
    public Optional<Surge> byIncident(long issueId) {
        return first(Query.select().where("INCIDENT_ISSUE_ID = ?", issueId));
    }

    @Override
    public List<Surge> recent(int limit) {
        return Arrays.stream(ao.find(SurgeEntity.class, Query.select().order("STARTED_AT DESC").limit(limit)))
                .map(AoSurges::surge).toList();
    }

    @Override
    public Surge start(long accountId, Instant startedAt, double threshold, double usual) {
        SurgeEntity row = Transactions.write(ao, () -> ao.create(SurgeEntity.class,
                new DBParam("ACCOUNT_ID", (int) accountId), new DBParam("ACTIVE_FOR", (int) accountId),
                new DBParam("STARTED_AT", startedAt.toEpochMilli()), new DBParam("THRESHOLD", threshold),
                new DBParam("BASELINE", usual), new DBParam("PEAK", 0.0), new DBParam("END_PUBLISHED", false)));
        return surge(row);
    }

    @Override
    public void incident(long surgeId, long issueId) {
        update(surgeId, row -> row.setIncidentIssueId(issueId));
    }

    @Override
    public void terms(long surgeId, Map<CharSequence, Integer> terms) {
        update(surgeId, row -> row.setTerms(terms.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n"))));
    }

    @Override
    public void peak(long surgeId, double peak) {
        update(surgeId, row -> row.setPeak(peak));
    }

    @Override
    public void end(long surgeId, Instant endedAt) {
        update(surgeId, row -> {
            row.setEndedAt(endedAt.toEpochMilli());
            row.setActiveFor(null);
        });
    }

    @Override
    public List<Surge> endedUnpublished(long accountId) {
        return Arrays.stream(ao.find(SurgeEntity.class, Query.select().where(
                "ACCOUNT_ID = ? AND ENDED_AT IS NOT NULL AND END_PUBLISHED = ?", (int) accountId, false)))
                .map(AoSurges::surge).toList();
    }

    @Override
    public void endPublished(long surgeId) {
        update(surgeId, row -> row.setEndPublished(true));
    }

    @Override
    public List<Interaction> undecided(long surgeId, long accountId, Instant since, int limit) {
        Set<Long> decided = Arrays.stream(ao.find(SurgeMemberEntity.class, Query.select("ID, INTERACTION_ID")
                .where("SURGE_ID = ?", (int) surgeId))).map(SurgeMemberEntity::getInteractionId)
                .collect(Collectors.toSet());
        // the surge's posts by id only (streamed: find would read every column of every post), decided ones passed
        // over; then whole rows for at most {@code limit} of them, so a storm of thousands of posts costs a run
        // little more than a few
        Query ids = Query.select("ID").where("ACCOUNT_ID = ? AND OCCURRED_AT >= ? AND DIRECTION = ? AND STATUS = ?"
                        + " AND ISSUE_ID IS NOT NULL AND KIND <> ?", (int) accountId, since.toEpochMilli(),
                Direction.INBOUND.name(), RoutingStatus.ROUTED.name(), PostKind.CALL.name())
                .order("OCCURRED_AT, ID");
        List<Integer> next = ColumnReads.list(ao, InteractionEntity.class, ids, InteractionEntity::getID).stream()
                .filter(id -> !decided.contains((long) id)).limit(limit).toList();
        if (next.isEmpty()) {
            return List.of();
        }
        Map<Integer, InteractionEntity> rows = InLists.find(ao, InteractionEntity.class, null, "ID", next).stream()
                .collect(Collectors.toMap(InteractionEntity::getID, row -> row));
        return next.stream().map(rows::get).filter(Objects::nonNull).map(InteractionRows::interaction)
                .toList();
    }

    @Override
    public void decide(Collection<SurgeMember> decisions) {
        Set<String> decided = decisions.stream().map(SurgeMember::surgeId).distinct()
                .flatMap(surge -> Arrays.stream(ao.find(SurgeMemberEntity.class, Query.select("ID, MEMBER_KEY")
                        .where("SURGE_ID = ?", surge.intValue()))))
                .map(SurgeMemberEntity::getMemberKey).collect(Collectors.toSet());
        List<SurgeMember> fresh = decisions.stream()
                .filter(d -> !decided.contains(d.surgeId() + ":" + d.interactionId())).toList();
        try {
            ao.executeInTransaction(() -> {
                fresh.forEach(d -> ao.create(SurgeMemberEntity.class, member(d, d.surgeId() + ":"
                        + d.interactionId())));
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            // another node decided some of them meanwhile: the first decision stays, the rest one by one
            fresh.forEach(this::decideOne);
        }
    }

    private void decideOne(SurgeMember decision) {
        String key = decision.surgeId() + ":" + decision.interactionId();
        try {
            ao.executeInTransaction(() -> ao.create(SurgeMemberEntity.class, member(decision, key)));
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
        }
    }

    @Override
    public List<SurgeMember> members(long surgeId) {
        return Arrays.stream(ao.find(SurgeMemberEntity.class, Query.select().where("SURGE_ID = ?", (int) surgeId)
                .order("ID"))).map(AoSurges::member).toList();
    }

    @Override
    public void move(long surgeId, long interactionId, long issueId, boolean member, String agentKey) {
        String key = surgeId + ":" + interactionId;
        Transactions.write(ao, () -> {
            SurgeMemberEntity[] rows = ao.find(SurgeMemberEntity.class, Query.select().where("MEMBER_KEY = ?", key));
            if (rows.length == 0) {
                Map<String, Object> row = member(new SurgeMember(surgeId, interactionId, Optional.of(issueId), 0,
                        member, Optional.of(agentKey)), key);
                ao.create(SurgeMemberEntity.class, row);
            } else {
                rows[0].setMember(member);
                rows[0].setMovedBy(agentKey);
                rows[0].save();
            }
            return null;
        });
    }

    @Override
    public List<Long> surgesHolding(long issueId) {
        return Arrays.stream(ao.find(SurgeMemberEntity.class, Query.select("ID, SURGE_ID")
                        .where("ISSUE_ID = ? AND MEMBER = ?", issueId, true)))
                .map(row -> (long) row.getSurgeId()).distinct().sorted((a, b) -> Long.compare(b, a)).toList();
    }

    private static Map<String, Object> member(SurgeMember decision, String key) {
        Map<String, Object> row = new HashMap<>();
        row.put("MEMBER_KEY", key);
        row.put("SURGE_ID", (int) decision.surgeId());
        row.put("INTERACTION_ID", decision.interactionId());
        row.put("ISSUE_ID", decision.issueId().orElse(null));
        row.put("SIMILARITY", decision.similarity());
        row.put("MEMBER", decision.member());
        row.put("MOVED_BY", decision.movedBy().orElse(null));
        return row;
    }

    private Optional<Surge> first(Query query) {
        SurgeEntity[] rows = ao.find(SurgeEntity.class, query.order("ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(surge(rows[0]));
    }

    private void update(long surgeId, Consumer<SurgeEntity> change) {
        Transactions.write(ao, () -> {
            SurgeEntity row = ao.get(SurgeEntity.class, (int) surgeId);
            change.accept(row);
            row.save();
            return null;
        });
    }

    private static Surge surge(SurgeEntity row) {
        Map<CharSequence, Integer> terms = new LinkedHashMap<>();
        if (row.getTerms() != null) {
            for (String line : row.getTerms().split("\n")) {
                int space = line.lastIndexOf(' ');
                if (space > 0) {
                    terms.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
                }
            }
        }
        return new Surge(row.getID(), row.getAccountId(), Instant.ofEpochMilli(row.getStartedAt()),
                Optional.ofNullable(row.getEndedAt()).map(Instant::ofEpochMilli), row.getThreshold(),
                row.getBaseline(), row.getPeak(), Optional.ofNullable(row.getIncidentIssueId()), terms);
    }

    private static SurgeMember member(SurgeMemberEntity row) {
        return new SurgeMember(row.getSurgeId(), row.getInteractionId(), Optional.ofNullable(row.getIssueId()),
                row.getSimilarity(), row.getMember(), Optional.ofNullable(row.getMovedBy()));
    }
}
