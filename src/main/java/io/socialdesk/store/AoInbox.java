package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.intake.Inbox;
import io.socialdesk.intake.RecordResult;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Record-first: a fetched page's new posts and the account's cursor in one transaction. */
@Component
public class AoInbox implements Inbox {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoInbox(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public RecordResult record(long accountId, List<InboundPost> posts, Optional<String> cursor) {
        try {
            return ao.executeInTransaction(() -> {
                int inserted = 0;
                ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, (int) accountId);
                if (account == null) {
                    return new RecordResult.Recorded(0, posts.size()); // removed by an admin while it was polled
                }
                ChannelKind channel = ChannelKind.fromKey(account.getKind()).orElseThrow();
                // the page's posts already stored, in one read (a page repeats what an earlier poll saw, and may
                // repeat a post within itself)
                Set<String> seen = stored(posts.stream()
                        .map(post -> InteractionRows.dedupeKey(accountId, post.externalId())).distinct().toList());
                List<Map<String, Object>> rows = new ArrayList<>();
                for (InboundPost post : posts) {
                    if (seen.add(InteractionRows.dedupeKey(accountId, post.externalId()))) {
                        rows.add(InteractionRows.inbound(accountId, channel, post, clock.millis()));
                    }
                }
                // one statement batch for the page: a post another node stored meanwhile fails it all (Conflict)
                if (!rows.isEmpty()) {
                    ao.create(InteractionEntity.class, rows);
                }
                inserted = rows.size();
                if (cursor.isPresent()) {
                    account.setCursor(cursor.get());
                    account.save();
                }
                return new RecordResult.Recorded(inserted, posts.size() - inserted);
            });
        } catch (RuntimeException e) {
            Optional<SQLException> constraint = SqlConflicts.retryable(e);
            if (constraint.isPresent()) {
                return new RecordResult.Conflict(constraint.get().getMessage());
            }
            throw e;
        }
    }

    /** Which of these dedupe keys are stored. */
    private Set<String> stored(List<String> keys) {
        return InLists.find(ao, InteractionEntity.class, "ID, DEDUPE_KEY", "DEDUPE_KEY", keys).stream()
                .map(InteractionEntity::getDedupeKey).collect(Collectors.toCollection(HashSet::new));
    }
}
