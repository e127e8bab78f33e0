package io.socialdesk.store;

import io.socialdesk.support.SqlConflicts;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.ReplyLog;
import io.socialdesk.agent.ReplyTarget;
import io.socialdesk.agent.ReplyStatus;
import io.socialdesk.channel.ChannelAccount;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class AoReplyLog implements ReplyLog {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoReplyLog(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public long start(ReplyTarget.Target target, long issueId, String agentKey, String text) {
        ChannelAccount account = target.account();
        var row = InteractionRows.reply(account.id(), account.kind(), "pending-" + UUID.randomUUID(),
                target.post().post().kind(), text, target.post(), account.ownUserId().orElse(""), account.name(),
                issueId, agentKey, clock.millis());
        return Transactions.write(ao, () -> ao.create(InteractionEntity.class, row)).getID();
    }

    @Override
    public void sent(long replyId, String externalId, Optional<URI> url) {
        try {
            update(replyId, row -> {
                // keyed like an inbound post: when the next poll brings our reply back, it is a duplicate of this row
                row.setDedupeKey(InteractionRows.dedupeKey(row.getAccountId(), externalId));
                finish(row, externalId, url);
            });
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            // the echo was recorded first (a poll ran between send and now): it is skipped as our own post anyway
            update(replyId, row -> finish(row, externalId, url));
        }
    }

    @Override
    public void failed(long replyId, String reason) {
        update(replyId, row -> {
            row.setStatus(ReplyStatus.FAILED.name());
            row.setFailure(ColumnText.fit(reason, ColumnText.LONG));
        });
    }

    private static void finish(InteractionEntity row, String externalId, Optional<URI> url) {
        row.setExternalId(externalId);
        row.setStatus(ReplyStatus.SENT.name());
        row.setUrl(url.map(URI::toString).orElse(null));
    }

    private void update(long replyId, java.util.function.Consumer<InteractionEntity> change) {
        Transactions.write(ao, () -> {
            InteractionEntity row = ao.get(InteractionEntity.class, (int) replyId);
            change.accept(row);
            row.save();
            return null;
        });
    }
}
