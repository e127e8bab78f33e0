package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.phone.CallLog;
import io.socialdesk.phone.CallReport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Calls in the interaction table: the call id is the external id, so the unique dedupe key stops a second copy. */
@Component
public class AoCallLog implements CallLog {
    private static final int WRITE_ATTEMPTS = 3;
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoCallLog(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<Long> find(long lineAccountId, String callId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID").where("DEDUPE_KEY = ?",
                InteractionRows.dedupeKey(lineAccountId, callId)));
        return rows.length == 0 ? Optional.empty() : Optional.of((long) rows[0].getID());
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

    @Override
    public Optional<StoredCall> record(long lineAccountId, CallReport call, String text) {
        Optional<Long> known = find(lineAccountId, call.callId());
        if (known.isPresent()) {
            return Optional.of(new StoredCall(known.get(), false));
        }
        InboundPost asContact = new InboundPost(call.callId(), PostKind.CALL, text, call.recordingUrl(),
                new Author(call.customerNumber(), call.customerNumber(), call.callerName().orElse(""),
                        OptionalLong.empty(), Optional.empty()),
                call.startedAt(), Optional.empty(), Optional.empty(), Optional.empty());
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            try {
                InteractionEntity row = ao.executeInTransaction(() -> ao.create(InteractionEntity.class,
                        InteractionRows.call(lineAccountId, asContact, call.direction(), call.disposition(),
                                call.duration(), clock.millis())));
                return Optional.of(new StoredCall(row.getID(), true));
            } catch (RuntimeException e) {
                if (SqlConflicts.retryable(e).isEmpty()) {
                    throw e;
                }
                // the same call delivered twice at once (two nodes): the first insert wins, this one reads it;
                // a serialization failure stored nothing: try again
                Optional<Long> stored = find(lineAccountId, call.callId());
                if (stored.isPresent()) {
                    return Optional.of(new StoredCall(stored.get(), false));
                }
            }
        }
        return Optional.empty();
    }
}
