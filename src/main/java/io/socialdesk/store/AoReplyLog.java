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
        sent(replyId, new io.socialdesk.channel.SendResult.Sent(externalId, url));
    }

    @Override
    public void sent(long replyId, io.socialdesk.channel.SendResult.Sent sent) {
        try {
            update(replyId, row -> {
                // keyed like an inbound post: when the next poll brings our reply back, it is a duplicate of this row
                row.setDedupeKey(InteractionRows.dedupeKey(row.getAccountId(), sent.externalId()));
                finish(row, sent);
            });
        } catch (RuntimeException e) {
            if (SqlConflicts.retryable(e).isEmpty()) {
                throw e;
            }
            // the echo was recorded first (a poll ran between send and now): it is skipped as our own post anyway
            update(replyId, row -> finish(row, sent));
        }
    }

    @Override
    public ReceiptResult receipt(long accountId, io.socialdesk.channel.DeliveryReceipt receipt) {
        return Transactions.write(ao, () -> {
            InteractionEntity[] rows = ao.find(InteractionEntity.class, net.java.ao.Query.select().where(
                    "DEDUPE_KEY = ? AND DIRECTION = ?", InteractionRows.dedupeKey(accountId, receipt.externalId()),
                    io.socialdesk.intake.Direction.OUTBOUND.name()));
            if (rows.length == 0) {
                return ReceiptResult.UNKNOWN;
            }
            InteractionEntity row = rows[0];
            if (!receipt.state().supersedes(InteractionRows.delivery(row))) {
                return ReceiptResult.STALE;
            }
            row.setDelivery(receipt.state().name());
            if (receipt.state() == io.socialdesk.channel.DeliveryReceipt.State.FAILED) {
                row.setStatus(ReplyStatus.FAILED.name());
                row.setFailure(ColumnText.fit(receipt.failure().orElse("the network could not deliver it"),
                        ColumnText.LONG));
            }
            row.save();
            return ReceiptResult.APPLIED;
        });
    }

    @Override
    public void failed(long replyId, String reason) {
        update(replyId, row -> {
            row.setStatus(ReplyStatus.FAILED.name());
            row.setFailure(ColumnText.fit(reason, ColumnText.LONG));
        });
    }

    @Override
    public java.util.List<Unacknowledged> unacknowledged(long accountId, java.time.Instant since, int limit) {
        InteractionEntity[] posts = ao.find(InteractionEntity.class, net.java.ao.Query.select().where(
                "ACCOUNT_ID = ? AND RECEIVED_AT >= ? AND DIRECTION = ? AND OUTCOME = ? AND ACKNOWLEDGED_BY IS NULL"
                        + " AND KIND <> ?", (int) accountId, since.toEpochMilli(),
                io.socialdesk.intake.Direction.INBOUND.name(), io.socialdesk.intake.RouteOutcome.CREATED.name(),
                io.socialdesk.channel.PostKind.CALL.name()).order("RECEIVED_AT, ID").limit(limit));
        java.util.List<Unacknowledged> owed = new java.util.ArrayList<>();
        for (InteractionEntity post : posts) {
            ContactEntity contact = post.getContactId() == null ? null
                    : ao.get(ContactEntity.class, post.getContactId());
            owed.add(new Unacknowledged(InteractionRows.interaction(post),
                    contact != null && contact.getCustomerKey() != null));
        }
        return owed;
    }

    @Override
    public Optional<Long> startAcknowledgement(ReplyTarget.Target target, long issueId, String text) {
        ChannelAccount account = target.account();
        return Transactions.write(ao, () -> {
            InteractionEntity post = ao.get(InteractionEntity.class, (int) target.post().id());
            if (post == null || post.getAcknowledgedBy() != null) {
                return Optional.<Long>empty();
            }
            InteractionEntity reply = ao.create(InteractionEntity.class, InteractionRows.reply(account.id(),
                    account.kind(), "pending-" + UUID.randomUUID(), target.post().post().kind(), text, target.post(),
                    account.ownUserId().orElse(""), account.name(), issueId, account.intakeUserKey(),
                    clock.millis()));
            post.setAcknowledgedBy(reply.getID());
            post.save();
            return Optional.of((long) reply.getID());
        });
    }

    private static void finish(InteractionEntity row, io.socialdesk.channel.SendResult.Sent sent) {
        row.setExternalId(sent.externalId());
        row.setStatus(ReplyStatus.SENT.name());
        row.setUrl(sent.url().map(URI::toString).orElse(null));
        row.setSendNote(ColumnText.fit(sent.note().orElse(null), ColumnText.LONG));
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
