package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.intake.Pushed;
import io.socialdesk.intake.PushedLog;
import io.socialdesk.support.SqlConflicts;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * Pushed contacts in the interaction table: the sender's id (a call id, a WhatsApp message id) is the external id, so
 * the unique dedupe key stops a second copy, also when two nodes take the same delivery at once.
 */
@Component
public class AoPushedLog implements PushedLog {
    private static final int WRITE_ATTEMPTS = 3;
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoPushedLog(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<Long> find(long accountId, String externalId) {
        InteractionEntity[] rows = ao.find(InteractionEntity.class, Query.select("ID").where("DEDUPE_KEY = ?",
                InteractionRows.dedupeKey(accountId, externalId)));
        return rows.length == 0 ? Optional.empty() : Optional.of((long) rows[0].getID());
    }

    @Override
    public Optional<Stored> record(long accountId, ChannelKind channel, Pushed pushed) {
        String externalId = pushed.post().externalId();
        Optional<Long> known = find(accountId, externalId);
        if (known.isPresent()) {
            return Optional.of(new Stored(known.get(), false));
        }
        for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
            try {
                InteractionEntity row = ao.executeInTransaction(() -> ao.create(InteractionEntity.class,
                        InteractionRows.pushed(accountId, channel, pushed, clock.millis())));
                return Optional.of(new Stored(row.getID(), true));
            } catch (RuntimeException e) {
                if (SqlConflicts.retryable(e).isEmpty()) {
                    throw e;
                }
                // the same contact delivered twice at once (two nodes): the first insert wins, this one reads it;
                // a serialization failure stored nothing: try again
                Optional<Long> stored = find(accountId, externalId);
                if (stored.isPresent()) {
                    return Optional.of(new Stored(stored.get(), false));
                }
            }
        }
        return Optional.empty();
    }
}
