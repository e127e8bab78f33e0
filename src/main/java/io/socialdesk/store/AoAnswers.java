package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.ChannelAccounts;
import io.socialdesk.intake.Interaction;
import io.socialdesk.surge.AnswerStore;
import io.socialdesk.surge.IncidentAnswer;
import io.socialdesk.surge.IncidentSend;
import io.socialdesk.surge.SurgeMember;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Incident answers and their personal replies, in AO_xxxxxx_SURGE_ANSWER and AO_xxxxxx_SURGE_SEND. */
@Component
public class AoAnswers implements AnswerStore {
    private static final String OPEN = "'" + IncidentSend.Status.PENDING.name() + "', '"
            + IncidentSend.Status.SENDING.name() + "'";

    private final ActiveObjects ao;
    private final ChannelAccounts accounts;

    @Inject
    public AoAnswers(@ComponentImport ActiveObjects ao, ChannelAccounts accounts) {
        this.ao = ao;
        this.accounts = accounts;
    }

    @Override
    public long start(long surgeId, long accountId, String body, String agentKey, List<SurgeMember> to,
                      Instant now) {
        return Transactions.write(ao, () -> {
            SurgeAnswerEntity answer = ao.create(SurgeAnswerEntity.class, new DBParam("SURGE_ID", (int) surgeId),
                    new DBParam("ACCOUNT_ID", (int) accountId), new DBParam("BODY", body),
                    new DBParam("AGENT_KEY", agentKey), new DBParam("STATE", IncidentAnswer.State.SENDING.name()),
                    new DBParam("CREATED_AT", now.toEpochMilli()));
            for (SurgeMember member : to) {
                Map<String, Object> row = new HashMap<>();
                row.put("SEND_KEY", answer.getID() + ":" + member.interactionId());
                row.put("ANSWER_ID", answer.getID());
                row.put("ACCOUNT_ID", (int) accountId);
                row.put("INTERACTION_ID", member.interactionId());
                row.put("ISSUE_ID", member.issueId().orElseThrow());
                row.put("STATUS", IncidentSend.Status.PENDING.name());
                row.put("UPDATED_AT", now.toEpochMilli());
                ao.create(SurgeSendEntity.class, row);
            }
            return (long) answer.getID();
        });
    }

    @Override
    public Optional<IncidentAnswer> latest(long surgeId) {
        SurgeAnswerEntity[] rows = ao.find(SurgeAnswerEntity.class, Query.select().where("SURGE_ID = ?",
                (int) surgeId).order("ID DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(answer(rows[0]));
    }

    @Override
    public Optional<IncidentAnswer> byId(long answerId) {
        return Optional.ofNullable(ao.get(SurgeAnswerEntity.class, (int) answerId)).map(this::answer);
    }

    @Override
    public void state(long answerId, IncidentAnswer.State state) {
        Transactions.write(ao, () -> {
            SurgeAnswerEntity row = ao.get(SurgeAnswerEntity.class, (int) answerId);
            row.setState(state.name());
            row.save();
            if (state == IncidentAnswer.State.CANCELLED) {
                // a SENDING one may be on the network already: it finishes as it ends, only PENDING ones stop
                for (SurgeSendEntity send : ao.find(SurgeSendEntity.class, Query.select().where(
                        "ANSWER_ID = ? AND STATUS = ?", (int) answerId, IncidentSend.Status.PENDING.name()))) {
                    send.setStatus(IncidentSend.Status.CANCELLED.name());
                    send.save();
                }
            }
            return null;
        });
    }

    @Override
    public List<Due> due(long accountId, int limit) {
        SurgeAnswerEntity[] sending = ao.find(SurgeAnswerEntity.class, Query.select().where(
                "ACCOUNT_ID = ? AND STATE = ?", (int) accountId, IncidentAnswer.State.SENDING.name()).order("ID"));
        List<Due> due = new ArrayList<>();
        for (SurgeAnswerEntity answer : sending) {
            IncidentAnswer read = answer(answer);
            SurgeSendEntity[] sends = ao.find(SurgeSendEntity.class, Query.select().where(
                    "ANSWER_ID = ? AND STATUS IN (" + OPEN + ")", answer.getID()).order("ID")
                    .limit(limit - due.size()));
            for (SurgeSendEntity send : sends) {
                InteractionEntity post = ao.get(InteractionEntity.class, (int) send.getInteractionId());
                due.add(new Due(send(send), read, Optional.ofNullable(post).map(InteractionRows::interaction)));
            }
            if (due.size() >= limit) {
                break;
            }
        }
        return due;
    }

    @Override
    public int sentSince(long accountId, Instant since) {
        return ao.count(SurgeSendEntity.class, Query.select().where("ACCOUNT_ID = ? AND STATUS IN ('"
                + IncidentSend.Status.SENT.name() + "', '" + IncidentSend.Status.SENDING.name()
                + "') AND UPDATED_AT >= ?", (int) accountId, since.toEpochMilli()));
    }

    @Override
    public long begin(IncidentSend send, Interaction post, String text, String agentKey, Instant now) {
        ChannelAccount account = accounts.byId(post.accountId()).orElseThrow(() -> new IllegalStateException(
                "account " + post.accountId() + " of interaction " + post.id() + " is gone"));
        return Transactions.write(ao, () -> {
            InteractionEntity reply = ao.create(InteractionEntity.class, InteractionRows.reply(account.id(),
                    account.kind(), "pending-" + UUID.randomUUID(), post.post().kind(), text, post,
                    account.ownUserId().orElse(""), account.name(), send.issueId(), agentKey, now.toEpochMilli()));
            SurgeSendEntity row = ao.get(SurgeSendEntity.class, (int) send.id());
            row.setStatus(IncidentSend.Status.SENDING.name());
            row.setReplyId((long) reply.getID());
            row.setUpdatedAt(now.toEpochMilli());
            row.save();
            return (long) reply.getID();
        });
    }

    @Override
    public void finish(long sendId, IncidentSend.Status status, Optional<String> failure, Instant now) {
        update(sendId, row -> {
            row.setStatus(status.name());
            row.setFailure(ColumnText.fit(failure.orElse(null), ColumnText.LONG));
            row.setUpdatedAt(now.toEpochMilli());
        });
    }

    @Override
    public void retryLater(long sendId, Instant now) {
        update(sendId, row -> {
            row.setStatus(IncidentSend.Status.PENDING.name());
            row.setReplyId(null);
            row.setUpdatedAt(now.toEpochMilli());
        });
    }

    @Override
    public void cancelPending(long surgeId, long interactionId) {
        Transactions.write(ao, () -> {
            for (SurgeAnswerEntity answer : ao.find(SurgeAnswerEntity.class, Query.select("ID")
                    .where("SURGE_ID = ?", (int) surgeId))) {
                for (SurgeSendEntity send : ao.find(SurgeSendEntity.class, Query.select().where(
                        "SEND_KEY = ? AND STATUS = ?", answer.getID() + ":" + interactionId,
                        IncidentSend.Status.PENDING.name()))) {
                    send.setStatus(IncidentSend.Status.CANCELLED.name());
                    send.save();
                }
            }
            return null;
        });
    }

    @Override
    public List<IncidentSend> sends(long answerId) {
        return Arrays.stream(ao.find(SurgeSendEntity.class, Query.select().where("ANSWER_ID = ?", (int) answerId)
                .order("ID"))).map(AoAnswers::send).toList();
    }

    @Override
    public void doneIfFinished(long answerId) {
        Transactions.write(ao, () -> {
            int open = ao.count(SurgeSendEntity.class, Query.select().where("ANSWER_ID = ? AND STATUS IN ("
                    + OPEN + ")", (int) answerId));
            SurgeAnswerEntity row = ao.get(SurgeAnswerEntity.class, (int) answerId);
            if (open == 0 && IncidentAnswer.State.SENDING.name().equals(row.getState())) {
                row.setState(IncidentAnswer.State.DONE.name());
                row.save();
            }
            return null;
        });
    }

    private IncidentAnswer answer(SurgeAnswerEntity row) {
        Map<IncidentSend.Status, Integer> counts = new EnumMap<>(IncidentSend.Status.class);
        for (IncidentSend.Status status : IncidentSend.Status.values()) {
            int count = ao.count(SurgeSendEntity.class, Query.select().where("ANSWER_ID = ? AND STATUS = ?",
                    row.getID(), status.name()));
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return new IncidentAnswer(row.getID(), row.getSurgeId(), InteractionRows.text(row.getBody()),
                InteractionRows.text(row.getAgentKey()), IncidentAnswer.State.valueOf(row.getState()),
                Instant.ofEpochMilli(row.getCreatedAt()), counts);
    }

    private void update(long sendId, Consumer<SurgeSendEntity> change) {
        Transactions.write(ao, () -> {
            SurgeSendEntity row = ao.get(SurgeSendEntity.class, (int) sendId);
            change.accept(row);
            row.save();
            return null;
        });
    }

    private static IncidentSend send(SurgeSendEntity row) {
        return new IncidentSend(row.getID(), row.getAnswerId(), row.getInteractionId(), row.getIssueId(),
                IncidentSend.Status.valueOf(row.getStatus()), Optional.ofNullable(row.getReplyId()),
                Optional.ofNullable(row.getFailure()));
    }
}
