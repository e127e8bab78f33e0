package io.socialdesk.store;

import static io.socialdesk.store.AoInteractionLog.nonNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.HistoryEntry;
import io.socialdesk.agent.HistoryLog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Interaction;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The panel's reads: one indexed query per page (CONTACT_ID), channels from the few accounts on that page. */
@Component
public class AoHistoryLog implements HistoryLog {
    private static final int ISSUES_SCANNED = 200;
    private final ActiveObjects ao;

    @Inject
    public AoHistoryLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Long> contactOfIssue(long issueId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID, CONTACT_ID")
                .where("ISSUE_ID = ? AND CONTACT_ID IS NOT NULL", issueId).order("OCCURRED_AT, ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getContactId().longValue());
    }

    @Override
    public List<HistoryEntry> timeline(long contactId, int offset, int limit) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select()
                .where("CONTACT_ID = ?", (int) contactId).order("OCCURRED_AT DESC, ID DESC")
                .offset(offset).limit(limit + 1));
        Map<Integer, ChannelKind> kinds = channels(rows);
        return Arrays.stream(rows).map(row -> entry(row, kinds.getOrDefault(row.getAccountId(), ChannelKind.PHONE)))
                .toList();
    }

    @Override
    public List<Long> issuesOfContact(long contactId, int limit) {
        return AoInteractionLog.issuesOf(ao, contactId, ISSUES_SCANNED).stream().limit(limit).toList();
    }

    @Override
    public Optional<Interaction> latestInboundPost(long issueId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select()
                .where("ISSUE_ID = ? AND DIRECTION = ? AND KIND IN (?, ?)", issueId, "INBOUND",
                        PostKind.MENTION.name(), PostKind.DIRECT_MESSAGE.name())
                .order("OCCURRED_AT DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(AoInteractionLog.toDomain(rows[0]));
    }

    private Map<Integer, ChannelKind> channels(InteractionEntity[] rows) {
        Map<Integer, ChannelKind> kinds = new HashMap<>();
        for (InteractionEntity row : rows) {
            kinds.computeIfAbsent(row.getAccountId(), id -> Optional.ofNullable(ao.get(ChannelAccountEntity.class, id))
                    .flatMap(account -> ChannelKind.fromKey(account.getKind())).orElse(ChannelKind.PHONE));
        }
        return kinds;
    }

    private static HistoryEntry entry(InteractionEntity row, ChannelKind channel) {
        HistoryEntry.Direction direction = "OUTBOUND".equals(row.getDirection())
                ? HistoryEntry.Direction.OUTBOUND : HistoryEntry.Direction.INBOUND;
        return new HistoryEntry(row.getID(), channel, direction, row.getKind(), nonNull(row.getBody()),
                Optional.ofNullable(row.getUrl()).map(URI::create),
                nonNull(row.getAuthorHandle()), nonNull(row.getAuthorName()),
                row.getAuthorFollowers() == null ? OptionalLong.empty() : OptionalLong.of(row.getAuthorFollowers()),
                Instant.ofEpochMilli(row.getOccurredAt()), Optional.ofNullable(row.getIssueId()),
                Optional.ofNullable(row.getCallSeconds()).map(Duration::ofSeconds),
                Optional.ofNullable(row.getDisposition()), Optional.ofNullable(row.getFailure()));
    }
}
