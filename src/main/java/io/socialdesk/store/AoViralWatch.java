package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.Engagement;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.viral.ViralStore;
import io.socialdesk.viral.WatchedPost;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Viral-risk watching in AO_xxxxxx_VIRAL_WATCH beside the interactions it watches. Posts never read are found in
 * the interactions (only the columns a read needs, through the OCCURRED_AT index), so a post costs nothing here until
 * it is first read.
 */
@Component
public class AoViralWatch implements ViralStore {
    private static final String WATCHING = "WATCHING";
    private static final String GONE = "GONE";
    private static final String POST_COLUMNS = "ID, ISSUE_ID, EXTERNAL_ID, AUTHOR_HANDLE, AUTHOR_FOLLOWERS, URL, OCCURRED_AT";

    private final ActiveObjects ao;

    @Inject
    public AoViralWatch(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int readsSince(long accountId, Instant since) {
        return ao.count(ViralWatchEntity.class, Query.select().where("ACCOUNT_ID = ? AND LAST_READ_AT >= ?",
                (int) accountId, since.toEpochMilli()));
    }

    /**
     * Bounded by {@code limit} whatever the account's volume: posts read before come from their rows by next read
     * (indexed); posts never read come from the interactions after the newest post that has a row (oldest first,
     * ties by id), so a run never scans a day of posts. A post routed only after newer ones were read is passed
     * over: reading is best effort within the budget.
     */
    @Override
    public List<WatchedPost> due(long accountId, Instant since, Instant now, Duration firstReadAfter, int limit) {
        record Due(WatchedPost post, long at) {
        }
        List<Due> due = new ArrayList<>();
        ViralWatchEntity[] again = ao.find(ViralWatchEntity.class, Query.select().where(
                "ACCOUNT_ID = ? AND STATE = ? AND OCCURRED_AT >= ? AND NEXT_READ_AT <= ?", (int) accountId, WATCHING,
                since.toEpochMilli(), now.toEpochMilli()).order("NEXT_READ_AT, INTERACTION_ID").limit(limit));
        Map<Long, InteractionEntity> posts = interactions(Arrays.stream(again)
                .map(ViralWatchEntity::getInteractionId).toList());
        for (ViralWatchEntity row : again) {
            Optional.ofNullable(posts.get(row.getInteractionId()))
                    .ifPresent(post -> due.add(new Due(post(post, Optional.of(row)), row.getNextReadAt())));
        }
        for (InteractionEntity post : unread(accountId, since, now.minus(firstReadAfter), limit)) {
            due.add(new Due(post(post, Optional.empty()), post.getOccurredAt() + firstReadAfter.toMillis()));
        }
        return due.stream().sorted(Comparator.comparingLong(Due::at)).limit(limit).map(Due::post).toList();
    }

    @Override
    public Optional<Instant> nextDue(long accountId, Instant since, Duration firstReadAfter) {
        ViralWatchEntity[] soonest = ao.find(ViralWatchEntity.class, Query.select("ID, NEXT_READ_AT").where(
                "ACCOUNT_ID = ? AND STATE = ? AND OCCURRED_AT >= ?", (int) accountId, WATCHING, since.toEpochMilli())
                .order("NEXT_READ_AT").limit(1));
        Optional<Instant> again = Arrays.stream(soonest).map(row -> Instant.ofEpochMilli(row.getNextReadAt()))
                .findFirst();
        Optional<Instant> first = unread(accountId, since, Instant.ofEpochMilli(Long.MAX_VALUE), 1).stream()
                .map(post -> Instant.ofEpochMilli(post.getOccurredAt()).plus(firstReadAfter)).findFirst();
        return java.util.stream.Stream.of(again, first).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /** Up to {@code limit} posts after the newest post with a row, oldest first, posted by {@code until}. */
    private List<InteractionEntity> unread(long accountId, Instant since, Instant until, int limit) {
        ViralWatchEntity[] newest = ao.find(ViralWatchEntity.class, Query.select("ID, INTERACTION_ID, OCCURRED_AT")
                .where("ACCOUNT_ID = ?", (int) accountId).order("OCCURRED_AT DESC, INTERACTION_ID DESC").limit(1));
        long afterTime = newest.length == 0 ? Long.MIN_VALUE : newest[0].getOccurredAt();
        long afterId = newest.length == 0 ? 0 : newest[0].getInteractionId();
        long from = Math.max(since.toEpochMilli(), afterTime);
        return Arrays.asList(ao.find(InteractionEntity.class, Query.select(POST_COLUMNS).where(
                "ACCOUNT_ID = ? AND OCCURRED_AT >= ? AND OCCURRED_AT <= ? AND (OCCURRED_AT > ? OR ID > ?)"
                        + " AND DIRECTION = ? AND KIND = ? AND STATUS = ? AND ISSUE_ID IS NOT NULL",
                (int) accountId, from, until.toEpochMilli(), afterTime, (int) afterId, Direction.INBOUND.name(),
                PostKind.MENTION.name(), RoutingStatus.ROUTED.name()).order("OCCURRED_AT, ID").limit(limit)));
    }

    @Override
    public void counted(long accountId, WatchedPost post, Engagement counts, Instant at, Instant nextRead) {
        write(accountId, post, row -> {
            row.setReposts(counts.reposts());
            row.setQuotes(counts.quotes());
            row.setLikes(counts.likes());
            row.setReplies(counts.replies());
            row.setLastReadAt(at.toEpochMilli());
            row.setNextReadAt(nextRead.toEpochMilli());
        });
    }

    @Override
    public void postponed(long accountId, WatchedPost post, Instant nextRead) {
        write(accountId, post, row -> row.setNextReadAt(nextRead.toEpochMilli()));
    }

    @Override
    public void gone(long accountId, WatchedPost post, Instant at) {
        write(accountId, post, row -> {
            row.setState(GONE);
            row.setLastReadAt(at.toEpochMilli());
        });
    }

    @Override
    public void flag(long interactionId, Instant at) {
        ao.executeInTransaction(() -> {
            for (ViralWatchEntity row : ao.find(ViralWatchEntity.class,
                    Query.select().where("INTERACTION_ID = ?", interactionId))) {
                row.setFlaggedAt(at.toEpochMilli());
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<WatchedPost> risksOn(long issueId) {
        ViralWatchEntity[] rows = ao.find(ViralWatchEntity.class, Query.select()
                .where("ISSUE_ID = ? AND FLAGGED_AT IS NOT NULL", issueId).order("FLAGGED_AT DESC"));
        if (rows.length == 0) {
            return List.of();
        }
        Map<Long, InteractionEntity> posts = interactions(Arrays.stream(rows)
                .map(ViralWatchEntity::getInteractionId).toList());
        return Arrays.stream(rows).filter(row -> posts.containsKey(row.getInteractionId()))
                .map(row -> post(posts.get(row.getInteractionId()), Optional.of(row))).toList();
    }

    /** The watched interactions, only the columns a read needs, by id. */
    private Map<Long, InteractionEntity> interactions(List<Long> ids) {
        Map<Long, InteractionEntity> found = new HashMap<>();
        InLists.find(ao, InteractionEntity.class, POST_COLUMNS, "ID", ids.stream().map(Long::intValue).toList())
                .forEach(post -> found.put((long) post.getID(), post));
        return found;
    }

    /** The post's row, created at its first read; one transaction per post so a failure loses one read only. */
    private void write(long accountId, WatchedPost post, Consumer<ViralWatchEntity> change) {
        ao.executeInTransaction(() -> {
            ViralWatchEntity[] rows = ao.find(ViralWatchEntity.class,
                    Query.select().where("INTERACTION_ID = ?", post.interactionId()));
            ViralWatchEntity row = rows.length > 0 ? rows[0] : ao.create(ViralWatchEntity.class,
                    new DBParam("INTERACTION_ID", post.interactionId()), new DBParam("ACCOUNT_ID", (int) accountId),
                    new DBParam("OCCURRED_AT", post.occurredAt().toEpochMilli()),
                    new DBParam("ISSUE_ID", post.issueId()), new DBParam("STATE", WATCHING),
                    new DBParam("NEXT_READ_AT", 0L));
            change.accept(row);
            row.save();
            return null;
        });
    }

    private static WatchedPost post(InteractionEntity post, Optional<ViralWatchEntity> row) {
        Optional<Engagement> counts = row.filter(r -> r.getLastReadAt() != null && r.getReposts() != null)
                .map(r -> new Engagement(r.getReposts(), orZero(r.getQuotes()), orZero(r.getLikes()),
                        orZero(r.getReplies())));
        return new WatchedPost(post.getID(), post.getIssueId(), post.getExternalId(),
                InteractionRows.text(post.getAuthorHandle()),
                post.getAuthorFollowers() == null ? OptionalLong.empty() : OptionalLong.of(post.getAuthorFollowers()),
                InteractionRows.url(post),
                Instant.ofEpochMilli(post.getOccurredAt()), counts,
                row.map(ViralWatchEntity::getLastReadAt).map(Instant::ofEpochMilli),
                row.map(ViralWatchEntity::getFlaggedAt).map(Instant::ofEpochMilli));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
