package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.HistoryEntry;
import io.socialdesk.agent.HistoryLog;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.Interaction;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The panel's reads: one indexed query per page (CONTACT_ID); each row knows its channel. */
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
        return ColumnReads.list(ao, InteractionEntity.class, Query.select("ID, CONTACT_ID")
                        .where("ISSUE_ID = ? AND CONTACT_ID IS NOT NULL", issueId).order("OCCURRED_AT, ID").limit(1),
                row -> row.getContactId().longValue()).stream().findFirst();
    }

    @Override
    public List<HistoryEntry> timeline(long contactId, int offset, int limit) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select()
                .where("CONTACT_ID = ?", (int) contactId).order("OCCURRED_AT DESC, ID DESC")
                .offset(offset).limit(limit + 1));
        return Arrays.stream(rows).map(InteractionRows::historyEntry).toList();
    }

    @Override
    public List<Long> issuesOfContact(long contactId, int limit) {
        return AoInteractionLog.issuesOf(ao, contactId, ISSUES_SCANNED).stream().limit(limit).toList();
    }

    @Override
    public Optional<Interaction> latestInboundPost(long issueId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select()
                .where("ISSUE_ID = ? AND DIRECTION = ? AND KIND IN (?, ?, ?)", issueId, Direction.INBOUND.name(),
                        PostKind.MENTION.name(), PostKind.DIRECT_MESSAGE.name(), PostKind.FOLLOWERS_ONLY.name())
                .order("OCCURRED_AT DESC, ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(InteractionRows.interaction(rows[0]));
    }
}
