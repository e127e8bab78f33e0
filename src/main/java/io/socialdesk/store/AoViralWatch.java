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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Viral-risk watching in AO_xxxxxx_VIRAL_WATCH beside the interactions it watches. The candidates are read from the
 * interactions (only the columns a read needs, through the OCCURRED_AT index), so a post costs nothing here until it
 * is first read.
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

    @Override
    public List<WatchedPost> due(long accountId, Instant since, Instant now, Duration firstReadAfter, int limit) {
        InteractionEntity[] posts = ao.find(InteractionEntity.class, Query.select(POST_COLUMNS).where(
                "ACCOUNT_ID = ? AND OCCURRED_AT >= ? AND OCCURRED_AT <= ? AND DIRECTION = ? AND KIND = ? AND STATUS = ?"
                        + " AND ISSUE_ID IS NOT NULL", (int) accountId, since.toEpochMilli(),
                now.minus(firstReadAfter).toEpochMilli(), Direction.INBOUND.name(), PostKind.MENTION.name(),
                RoutingStatus.ROUTED.name()));
        Map<Long, ViralWatchEntity> watched = Arrays.stream(ao.find(ViralWatchEntity.class, Query.select()
                        .where("ACCOUNT_ID = ? AND OCCURRED_AT >= ?", (int) accountId, since.toEpochMilli())))
                .collect(Collectors.toMap(ViralWatchEntity::getInteractionId, Function.identity(), (a, b) -> a));
        record Due(WatchedPost post, long at) {
        }
        return Arrays.stream(posts).map(post -> {
            ViralWatchEntity row = watched.get((long) post.getID());
            if (row == null) {
                return new Due(post(post, Optional.empty()), post.getOccurredAt() + firstReadAfter.toMillis());
            }
            return GONE.equals(row.getState()) || row.getNextReadAt() > now.toEpochMilli() ? null
                    : new Due(post(post, Optional.of(row)), row.getNextReadAt());
        }).filter(java.util.Objects::nonNull).sorted(Comparator.comparingLong(Due::at)).limit(limit)
                .map(Due::post).toList();
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
        Map<Long, InteractionEntity> posts = Arrays.stream(ao.find(InteractionEntity.class, Query.select(POST_COLUMNS)
                        .where("ID IN (" + String.join(",", java.util.Collections.nCopies(rows.length, "?")) + ")",
                                Arrays.stream(rows).map(r -> (int) r.getInteractionId()).toArray())))
                .collect(Collectors.toMap(p -> (long) p.getID(), Function.identity()));
        return Arrays.stream(rows).filter(row -> posts.containsKey(row.getInteractionId()))
                .map(row -> post(posts.get(row.getInteractionId()), Optional.of(row))).toList();
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
                Optional.ofNullable(post.getAuthorHandle()).orElse(""),
                post.getAuthorFollowers() == null ? OptionalLong.empty() : OptionalLong.of(post.getAuthorFollowers()),
                Optional.ofNullable(post.getUrl()).flatMap(AoViralWatch::uri),
                Instant.ofEpochMilli(post.getOccurredAt()), counts,
                row.map(ViralWatchEntity::getLastReadAt).map(Instant::ofEpochMilli),
                row.map(ViralWatchEntity::getFlaggedAt).map(Instant::ofEpochMilli));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static Optional<URI> uri(String value) {
        try {
            return Optional.of(URI.create(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
