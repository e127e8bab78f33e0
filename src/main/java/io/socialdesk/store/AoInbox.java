package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.intake.Inbox;
import io.socialdesk.intake.RecordResult;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class AoInbox implements Inbox {
    static final String RECEIVED = "RECEIVED";

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
                for (InboundPost post : posts) {
                    String key = dedupeKey(accountId, post.externalId());
                    if (ao.count(InteractionEntity.class,
                            net.java.ao.Query.select().where("DEDUPE_KEY = ?", key)) == 0) {
                        ao.create(InteractionEntity.class, row(accountId, key, post));
                        inserted++;
                    }
                }
                ChannelAccountEntity account = ao.get(ChannelAccountEntity.class, (int) accountId);
                if (account != null && cursor.isPresent()) {
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

    static String dedupeKey(long accountId, String externalId) {
        return accountId + ":" + externalId;
    }

    private Map<String, Object> row(long accountId, String key, InboundPost post) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", key);
        row.put("ACCOUNT_ID", (int) accountId);
        row.put("EXTERNAL_ID", post.externalId());
        row.put("DIRECTION", "INBOUND");
        row.put("KIND", post.kind().name());
        row.put("BODY", post.text());
        row.put("URL", post.url().map(URI::toString).orElse(null));
        row.put("AUTHOR_ID", post.author().externalUserId());
        row.put("AUTHOR_HANDLE", post.author().handle());
        row.put("AUTHOR_NAME", post.author().displayName());
        row.put("AUTHOR_FOLLOWERS", post.author().followers().isPresent()
                ? post.author().followers().getAsLong() : null);
        row.put("OCCURRED_AT", post.occurredAt().toEpochMilli());
        row.put("RECEIVED_AT", clock.millis());
        row.put("CONVERSATION_ID", post.conversationId().orElse(null));
        row.put("IN_REPLY_TO", post.inReplyTo().orElse(null));
        row.put("LANGUAGE", post.language().orElse(null));
        row.put("STATUS", RECEIVED);
        row.put("PENDING_FOR", (int) accountId);
        return row;
    }
}
