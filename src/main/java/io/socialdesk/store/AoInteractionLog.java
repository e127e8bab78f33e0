package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.intake.RoutingStatus;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Routing's and publishing's reads and writes. Routing finds its work through a column of its own ({@code
 * PENDING_FOR}); where a post stands between routing's steps is kept in {@link PipelineMarks}, so the post's row is
 * written once more after it is recorded, with its outcome.
 */
@Component
public class AoInteractionLog implements InteractionLog {
    static final int CONTACT_HISTORY_SCANNED = 50;
    private final ActiveObjects ao;
    private final Clock clock;
    private final PipelineMarks marks;
    private final RowUpdates updates;

    @Inject
    public AoInteractionLog(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
        this.marks = new PipelineMarks(ao);
        this.updates = new RowUpdates(ao);
    }

    @Override
    public List<Interaction> pending(long accountId, int limit) {
        return marked(Arrays.asList(ao.find(InteractionEntity.class, Query.select()
                .where("PENDING_FOR = ?", (int) accountId).order("OCCURRED_AT, ID").limit(limit))));
    }

    @Override
    public Optional<io.socialdesk.intake.Interaction> newestInboundOn(long issueId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select()
                .where("ISSUE_ID = ? AND DIRECTION = ?", issueId, io.socialdesk.intake.Direction.INBOUND.name())
                .order("OCCURRED_AT DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(InteractionRows.interaction(rows[0]));
    }

    @Override
    public Optional<OnRequest> postOnRequest(long accountId, String externalId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID, ISSUE_ID")
                .where("DEDUPE_KEY = ? AND ISSUE_ID IS NOT NULL", InteractionRows.dedupeKey(accountId, externalId)));
        return rows.length == 0 ? Optional.empty()
                : Optional.of(new OnRequest(rows[0].getID(), rows[0].getIssueId()));
    }

    @Override
    public Optional<Long> issueOfPost(long accountId, String externalId) {
        return first(Query.select().where("DEDUPE_KEY = ? AND ISSUE_ID IS NOT NULL",
                InteractionRows.dedupeKey(accountId, externalId)));
    }

    @Override
    public Optional<Long> issueOfConversation(long accountId, String conversationId) {
        // a conversation (a WhatsApp chat is one) holds all its messages: read newest first along its time index,
        // the order naming the index's leading column too, so HSQLDB walks the index instead of sorting them all
        return first(Query.select().where("CONVERSATION_ID = ? AND ACCOUNT_ID = ? AND ISSUE_ID IS NOT NULL",
                conversationId, (int) accountId).order("CONVERSATION_ID DESC, OCCURRED_AT DESC").limit(1));
    }

    @Override
    public List<Long> issuesOfContact(long contactId) {
        // the contact's newest interactions only: the cost per post must not grow with the customer's history
        // (routing considers their most recent requests anyway)
        return issuesOf(ao, contactId, CONTACT_HISTORY_SCANNED);
    }

    /** The requests of the contact's {@code scanned} newest interactions, distinct, most recent first. */
    static List<Long> issuesOf(ActiveObjects ao, long contactId, int scanned) {
        // the order names the index's leading column too: HSQLDB then reads the newest rows along (CONTACT_ID,
        // OCCURRED_AT) instead of sorting the customer's whole history (10,000 rows: 10 ms a query, now 0.4 ms);
        // PostgreSQL reads the index backwards either way
        Query query = Query.select("ID, ISSUE_ID").where("CONTACT_ID = ? AND ISSUE_ID IS NOT NULL", (int) contactId)
                .order("CONTACT_ID DESC, OCCURRED_AT DESC").limit(scanned);
        return List.copyOf(new LinkedHashSet<>(ColumnReads.list(ao, InteractionEntity.class, query,
                InteractionEntity::getIssueId)));
    }

    @Override
    public void markRouting(Map<Long, Long> contactOfInteraction) {
        if (contactOfInteraction.isEmpty()) {
            return;
        }
        // the marks need the rows' account and time: read narrow, then one batch insert
        List<PipelineMarks.Mark> added = new ArrayList<>();
        InLists.find(ao, InteractionEntity.class, "ID, ACCOUNT_ID, OCCURRED_AT", "ID",
                        contactOfInteraction.keySet().stream().map(Long::intValue).toList())
                .forEach(row -> added.add(new PipelineMarks.Mark(row.getID(), row.getAccountId(), row.getOccurredAt(),
                        contactOfInteraction.get((long) row.getID()))));
        if (added.size() != contactOfInteraction.size()) {
            throw new IllegalStateException("interactions " + contactOfInteraction.keySet() + " vanished while routing");
        }
        ao.executeInTransaction(() -> {
            marks.add(PipelineMarks.Stage.ROUTING, added);
            return null;
        });
    }

    @Override
    public void markDone(List<Done> outcomes) {
        Map<Long, Done> byId = new HashMap<>();
        outcomes.forEach(done -> byId.put(done.interactionId(), done));
        update(byId.keySet(), row -> {
            Done done = byId.get((long) row.getID());
            row.setStatus((done.outcome() == RouteOutcome.SKIPPED ? RoutingStatus.SKIPPED : RoutingStatus.ROUTED)
                    .name());
            row.setOutcome(done.outcome().name());
            row.setContactId((int) done.contactId());
            row.setIssueId(done.issueId().orElse(null));
            row.setSkipReason(ColumnText.fit(done.reason().orElse(null), ColumnText.SHORT));
            InteractionRows.writePlacement(row, done.placement());
            row.setPendingFor(null);
            done.triage().ifPresent(triage -> InteractionRows.writeTriage(row, triage));
        }, rows -> {
            // in the same transaction: routing's marks go, publication's come
            marks.remove(PipelineMarks.Stage.ROUTING, byId.keySet());
            marks.add(PipelineMarks.Stage.PUBLISH, rows.stream().map(row -> new PipelineMarks.Mark(row.getID(),
                    row.getAccountId(), row.getOccurredAt(), null)).toList());
        });
    }

    @Override
    public List<Interaction> unpublished(long accountId, int limit) {
        return marked(rows(marks.awaitingPublication(accountId, limit))).stream().filter(i -> !i.published())
                .sorted(Comparator.comparing((Interaction i) -> i.post().occurredAt()).thenComparingLong(Interaction::id))
                .limit(limit).toList();
    }

    @Override
    public IssueActivity activityOnIssue(long issueId) {
        return activityOnIssues(List.of(issueId)).get(issueId);
    }

    @Override
    public Map<Long, IssueActivity> activityOnIssues(Collection<Long> issueIds) {
        Map<Long, IssueActivity> activity = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        for (int from = 0; from < ids.size(); from += InLists.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + InLists.CHUNK));
            // count and newest of every request in one statement (was two a request), from the columns of the
            // issueInbound index only (hence COUNT(ISSUE_ID), not COUNT(ID)). Active Objects reads a row's values by
            // column name, so each aggregate is named after a column of its type and read through it. The aggregate
            // and alias syntax is Active Objects' own (net.java.ao.Query: AGGREGATE_FUNCTION_PATTERN, FieldMetadata,
            // group; activeobjects 3.2.11 on Maven Central, which the tests run on both databases).
            ao.stream(InteractionEntity.class, Query.select(
                            "ISSUE_ID, COUNT(ISSUE_ID) AS NOTICE_ATTEMPTS, MAX(OCCURRED_AT) AS OCCURRED_AT")
                    .where("ISSUE_ID IN (" + InLists.placeholders(chunk.size()) + ") AND DIRECTION = ?",
                            Stream.concat(chunk.stream(), Stream.of(Direction.INBOUND.name())).toArray())
                    .group("ISSUE_ID"), row -> activity.put(row.getIssueId(),
                    new IssueActivity(row.getNoticeAttempts(), Instant.ofEpochMilli(row.getOccurredAt()))));
        }
        ids.forEach(id -> activity.putIfAbsent(id, new IssueActivity(0, Instant.EPOCH)));
        return activity;
    }

    @Override
    public void markPublished(long interactionId) {
        markPublished(List.of(interactionId));
    }

    @Override
    public void markPublished(Collection<Long> interactionIds) {
        if (interactionIds.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            marks.remove(PipelineMarks.Stage.PUBLISH, interactionIds);
            return null;
        });
    }

    @Override
    public int noticeFailed(long interactionId) {
        int[] attempts = new int[1];
        update(interactionId, row -> {
            attempts[0] = (row.getNoticeAttempts() == null ? 0 : row.getNoticeAttempts()) + 1;
            row.setNoticeAttempts(attempts[0]);
        });
        return attempts[0];
    }

    @Override
    public Optional<Interaction> reload(long interactionId) {
        return Optional.ofNullable(ao.get(InteractionEntity.class, (int) interactionId))
                .map(row -> marked(List.of(row)).get(0));
    }

    @Override
    public Map<Long, Interaction> reload(Collection<Long> interactionIds) {
        Map<Long, Interaction> found = new HashMap<>();
        for (Interaction interaction : marked(rows(interactionIds))) {
            found.put(interaction.id(), interaction);
        }
        return found;
    }

    @Override
    public Map<Long, RoutingStatus> statuses(Collection<Long> interactionIds) {
        Map<Long, RoutingStatus> statuses = new HashMap<>();
        InLists.find(ao, InteractionEntity.class, "ID, STATUS", "ID",
                        interactionIds.stream().distinct().map(Long::intValue).toList())
                .forEach(row -> statuses.put((long) row.getID(), RoutingStatus.valueOf(row.getStatus())));
        marks.of(statuses.keySet()).forEach((id, stages) -> statuses.put(id,
                PipelineMarks.status(statuses.get(id), stages)));
        return statuses;
    }

    /** The rows with these ids, in chunks small enough for any database's IN list. */
    private List<InteractionEntity> rows(Collection<Long> interactionIds) {
        return InLists.find(ao, InteractionEntity.class, null, "ID",
                interactionIds.stream().distinct().map(Long::intValue).toList());
    }

    /** The rows as interactions, with what their marks say (one read for all of them). */
    private List<Interaction> marked(List<InteractionEntity> rows) {
        Map<Long, Set<PipelineMarks.Stage>> stages = marks.of(rows.stream().map(row -> (long) row.getID()).toList());
        return rows.stream().map(row -> PipelineMarks.apply(InteractionRows.interaction(row),
                stages.getOrDefault((long) row.getID(), Set.of()))).toList();
    }

    private Optional<Long> first(Query query) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, query);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getIssueId());
    }

    private void update(long interactionId, Consumer<InteractionEntity> change) {
        updates.apply(List.of(interactionId), change, rows -> { });
    }

    private void update(Collection<Long> interactionIds, Consumer<InteractionEntity> change,
                        Consumer<List<InteractionEntity>> also) {
        updates.apply(interactionIds, change, also);
    }

    @Override
    public int pendingCount(long accountId) {
        return ao.count(InteractionEntity.class, Query.select().where("PENDING_FOR = ?", (int) accountId));
    }

    @Override
    public boolean hasUnfinished(long accountId) {
        return ao.count(InteractionEntity.class, Query.select().where("PENDING_FOR = ?", (int) accountId)) > 0
                || !marks.awaitingPublication(accountId, 1).isEmpty();
    }

    @Override
    public int recordedSince(long accountId, Instant since) {
        return ao.count(InteractionEntity.class, Query.select().where("ACCOUNT_ID = ? AND DIRECTION = ? AND RECEIVED_AT >= ?",
                (int) accountId, Direction.INBOUND.name(), since.toEpochMilli()));
    }
}
