package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.CallDisposition;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.phone.CallLog;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The calls that owe their notice, read from the pipeline's publication queue (calls are recorded by the pushed log). */
@Component
public class AoCallLog implements CallLog {
    private final ActiveObjects ao;

    @Inject
    public AoCallLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<OwedNotice> owedNotices(long lineAccountId, int limit) {
        // a line's publication queue holds only the calls a notice is owed for and those a pass is publishing right
        // now, so it stays short: all of it, then the owed ones
        List<Integer> waiting = new PipelineMarks(ao).awaitingPublication(lineAccountId, Integer.MAX_VALUE).stream()
                .map(Long::intValue).toList();
        return InLists.find(ao, InteractionEntity.class, null, "ID", waiting).stream()
                .filter(row -> RouteOutcome.HISTORY_ONLY.name().equals(row.getOutcome()))
                .sorted(Comparator.comparingLong(InteractionEntity::getOccurredAt).thenComparingInt(InteractionEntity::getID))
                .limit(limit)
                .map(row -> new OwedNotice(row.getID(), row.getExternalId(), Direction.valueOf(row.getDirection()),
                        InteractionRows.text(row.getAuthorHandle()), CallDisposition.valueOf(row.getDisposition()),
                        Duration.ofSeconds(row.getCallSeconds() == null ? 0 : row.getCallSeconds()),
                        Instant.ofEpochMilli(row.getOccurredAt()), row.getContactId() == null ? 0 : row.getContactId()))
                .toList();
    }
}
