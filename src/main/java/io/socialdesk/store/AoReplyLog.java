package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.agent.ReplyLog;
import io.socialdesk.agent.ReplyTarget;
import io.socialdesk.intake.RoutingStatus;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
        String pending = "pending-" + UUID.randomUUID();
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", AoInbox.dedupeKey(target.account().id(), pending));
        row.put("ACCOUNT_ID", (int) target.account().id());
        row.put("EXTERNAL_ID", pending);
        row.put("DIRECTION", "OUTBOUND");
        row.put("KIND", target.post().post().kind().name());
        row.put("BODY", text);
        row.put("AUTHOR_ID", target.account().ownUserId().orElse(""));
        row.put("AUTHOR_HANDLE", target.account().name());
        row.put("AUTHOR_NAME", agentKey);
        row.put("OCCURRED_AT", clock.millis());
        row.put("RECEIVED_AT", clock.millis());
        row.put("CONVERSATION_ID", target.post().post().conversationId().orElse(null));
        row.put("IN_REPLY_TO", target.post().post().externalId());
        row.put("STATUS", RoutingStatus.SENDING.name());
        row.put("CONTACT_ID", target.post().contactId().map(Long::intValue).orElse(null));
        row.put("ISSUE_ID", issueId);
        row.put("AGENT_KEY", agentKey);
        row.put("PUBLISHED_AT", clock.millis());
        return ao.executeInTransaction(() -> ao.create(InteractionEntity.class, row)).getID();
    }

    @Override
    public void sent(long replyId, String externalId, Optional<URI> url) {
        try {
            update(replyId, row -> {
                // keyed like an inbound post: when the next poll brings our reply back, it is a duplicate of this row
                row.setDedupeKey(AoInbox.dedupeKey(row.getAccountId(), externalId));
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
            row.setStatus(RoutingStatus.FAILED.name());
            row.setFailure(reason.length() > 450 ? reason.substring(0, 450) : reason);
        });
    }

    private static void finish(InteractionEntity row, String externalId, Optional<URI> url) {
        row.setExternalId(externalId);
        row.setStatus(RoutingStatus.SENT.name());
        row.setUrl(url.map(URI::toString).orElse(null));
    }

    private void update(long replyId, java.util.function.Consumer<InteractionEntity> change) {
        ao.executeInTransaction(() -> {
            InteractionEntity row = ao.get(InteractionEntity.class, (int) replyId);
            change.accept(row);
            row.save();
            return null;
        });
    }
}
