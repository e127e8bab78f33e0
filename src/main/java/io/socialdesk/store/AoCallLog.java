package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.phone.CallLog;
import io.socialdesk.phone.CallReport;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Calls in the interaction table: the call id is the external id, so the unique dedupe key stops a second copy. */
@Component
public class AoCallLog implements CallLog {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoCallLog(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public StoredCall record(long lineAccountId, CallReport call, long contactId, String text) {
        String key = AoInbox.dedupeKey(lineAccountId, call.callId());
        Optional<StoredCall> known = find(key);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            InteractionEntity row = ao.executeInTransaction(() ->
                    ao.create(InteractionEntity.class, row(lineAccountId, key, call, contactId, text)));
            return new StoredCall(row.getID(), true, RoutingStatus.RECEIVED, Optional.empty());
        } catch (RuntimeException e) {
            // the same call delivered twice at once (two nodes): the first insert wins, this one reads it
            if (SqlConflicts.retryable(e).isPresent()) {
                return find(key).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Optional<StoredCall> find(String key) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select().where("DEDUPE_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(new StoredCall(rows[0].getID(), false,
                RoutingStatus.valueOf(rows[0].getStatus()), Optional.ofNullable(rows[0].getIssueId())));
    }

    private Map<String, Object> row(long accountId, String key, CallReport call, long contactId, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", key);
        row.put("ACCOUNT_ID", (int) accountId);
        row.put("EXTERNAL_ID", call.callId());
        row.put("DIRECTION", call.direction().name());
        row.put("KIND", PostKind.CALL.name());
        row.put("BODY", text);
        row.put("URL", call.recordingUrl().map(URI::toString).orElse(null));
        row.put("AUTHOR_ID", call.customerNumber());
        row.put("AUTHOR_HANDLE", call.customerNumber());
        row.put("AUTHOR_NAME", call.callerName().orElse(""));
        row.put("OCCURRED_AT", call.startedAt().toEpochMilli());
        row.put("RECEIVED_AT", clock.millis());
        row.put("CALL_SECONDS", (int) call.duration().toSeconds());
        row.put("DISPOSITION", call.disposition().name());
        row.put("STATUS", RoutingStatus.RECEIVED.name());
        row.put("CONTACT_ID", (int) contactId);
        return row;
    }
}
