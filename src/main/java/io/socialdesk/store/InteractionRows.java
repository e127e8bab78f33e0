package io.socialdesk.store;

import io.socialdesk.agent.HistoryEntry;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.Placement;
import io.socialdesk.intake.Pushed;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.intake.RouteOutcome;
import io.socialdesk.intake.RoutingStatus;
import io.socialdesk.triage.Triage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The one mapping between interaction rows and SocialDesk's types, for every writer (posts recorded from a poll, calls
 * from a webhook, an agent's replies) and every reader (routing, publishing, the panel's history). Enum columns hold
 * the enum names; text columns are nullable (Oracle stores '' as NULL), so reading never yields null text.
 */
final class InteractionRows {
    private InteractionRows() {
    }

    /** The unique key that makes a second copy of a post or call impossible: per account and external id. */
    static String dedupeKey(long accountId, String externalId) {
        return accountId + ":" + externalId;
    }

    /** A post from a network, waiting for routing. */
    static Map<String, Object> inbound(long accountId, ChannelKind channel, InboundPost post, long receivedAt) {
        Map<String, Object> row = contact(accountId, channel, post, Direction.INBOUND, receivedAt);
        row.put("CONVERSATION_ID", ColumnText.id(post.conversationId().orElse(null)));
        row.put("IN_REPLY_TO", ColumnText.id(post.inReplyTo().orElse(null)));
        row.put("LANGUAGE", ColumnText.id(post.language().orElse(null)));
        row.put("MEDIA", MediaColumn.write(post.media()));
        row.put("CONTEXT", MediaColumn.writeContext(post.context()));
        return row;
    }

    /** What a sender pushed (a message, a call in either direction), waiting for routing like a polled post. */
    static Map<String, Object> pushed(long accountId, ChannelKind channel, Pushed pushed, long receivedAt) {
        Map<String, Object> row = inbound(accountId, channel, pushed.post(), receivedAt);
        row.put("DIRECTION", pushed.direction().name());
        pushed.call().ifPresent(call -> {
            row.put("CALL_SECONDS", (int) call.duration().toSeconds());
            row.put("DISPOSITION", call.disposition().name());
        });
        return row;
    }

    /** An agent's reply, recorded before it is sent; it is never routed. */
    static Map<String, Object> reply(long accountId, ChannelKind channel, String pendingId, PostKind kind,
                                     String text, Interaction answered, String ownUserId, String accountName,
                                     long issueId, String agentKey, long now) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", dedupeKey(accountId, pendingId));
        row.put("ACCOUNT_ID", (int) accountId);
        row.put("CHANNEL", channel.key());
        row.put("EXTERNAL_ID", pendingId);
        row.put("DIRECTION", Direction.OUTBOUND.name());
        row.put("KIND", kind.name());
        row.put("BODY", ColumnText.clean(text));
        row.put("AUTHOR_ID", ownUserId);
        row.put("AUTHOR_HANDLE", ColumnText.fit(accountName, ColumnText.SHORT));
        row.put("AUTHOR_NAME", agentKey);
        row.put("OCCURRED_AT", now);
        row.put("RECEIVED_AT", now);
        row.put("CONVERSATION_ID", ColumnText.id(answered.post().conversationId().orElse(null)));
        row.put("IN_REPLY_TO", answered.post().externalId());
        row.put("STATUS", io.socialdesk.agent.ReplyStatus.SENDING.name());
        row.put("CONTACT_ID", answered.contactId().map(Long::intValue).orElse(null));
        row.put("ISSUE_ID", issueId);
        row.put("AGENT_KEY", agentKey);
        return row;
    }

    static Interaction interaction(InteractionEntity row) {
        Author author = new Author(text(row.getAuthorId()), text(row.getAuthorHandle()), text(row.getAuthorName()),
                row.getAuthorFollowers() == null ? OptionalLong.empty() : OptionalLong.of(row.getAuthorFollowers()),
                Optional.empty());
        InboundPost post = new InboundPost(row.getExternalId(), PostKind.valueOf(row.getKind()), text(row.getBody()),
                url(row), author, Instant.ofEpochMilli(row.getOccurredAt()),
                Optional.ofNullable(row.getConversationId()), Optional.ofNullable(row.getInReplyTo()),
                Optional.ofNullable(row.getLanguage()), MediaColumn.read(row.getMedia()),
                MediaColumn.readContext(row.getContext()));
        return new Interaction(row.getID(), row.getAccountId(), channel(row), post,
                RoutingStatus.valueOf(row.getStatus()), Optional.ofNullable(row.getContactId()).map(Integer::longValue),
                Optional.ofNullable(row.getIssueId()), Optional.ofNullable(row.getOutcome()).map(RouteOutcome::valueOf),
                // published unless a PUBLISH mark says otherwise: readers that care apply the marks
                disposition(row), true, triage(row), placement(row));
    }

    /** Why routing or an agent put the interaction where it is. */
    static Placement placement(InteractionEntity row) {
        return new Placement(matchedBy(row.getMatchedBy()), Optional.ofNullable(row.getPossibleIssueId()));
    }

    static void writePlacement(InteractionEntity row, Placement placement) {
        row.setMatchedBy(placement.by().map(Enum::name).orElse(null));
        row.setPossibleIssueId(placement.possibleIssueId().orElse(null));
    }

    private static Optional<MatchedBy> matchedBy(String value) {
        return Arrays.stream(MatchedBy.values()).filter(m -> m.name().equals(value)).findFirst();
    }

    /** The triage routing stored with a post; empty for calls, replies and posts routed before triage was kept. */
    static Optional<Triage> triage(InteractionEntity row) {
        if (row.getIntent() == null || row.getMood() == null || row.getTier() == null) {
            return Optional.empty();
        }
        List<String> reasons = row.getTriageReasons() == null ? List.of()
                : Arrays.stream(row.getTriageReasons().split("\n")).filter(r -> !r.isBlank()).toList();
        return Optional.of(new Triage(Optional.ofNullable(row.getTriageLanguage()),
                row.getSentiment() == null ? OptionalDouble.empty() : OptionalDouble.of(row.getSentiment()),
                Triage.Mood.valueOf(row.getMood()), Triage.Intent.valueOf(row.getIntent()),
                Triage.Tier.valueOf(row.getTier()), reasons));
    }

    /** Writes a post's triage onto its row (with the routing outcome, in the pass's transaction). */
    static void writeTriage(InteractionEntity row, Triage triage) {
        row.setIntent(triage.intent().name());
        row.setMood(triage.mood().name());
        row.setTier(triage.tier().name());
        row.setSentiment(triage.sentiment().isPresent() ? triage.sentiment().getAsDouble() : null);
        row.setTriageLanguage(ColumnText.id(triage.language().orElse(null)));
        row.setTriageReasons(ColumnText.fit(String.join("\n", triage.reasons()), ColumnText.LONG));
    }

    static HistoryEntry historyEntry(InteractionEntity row) {
        return new HistoryEntry(row.getID(), channel(row), Direction.valueOf(row.getDirection()),
                PostKind.valueOf(row.getKind()), text(row.getBody()), url(row), text(row.getAuthorHandle()),
                text(row.getAuthorName()),
                row.getAuthorFollowers() == null ? OptionalLong.empty() : OptionalLong.of(row.getAuthorFollowers()),
                Instant.ofEpochMilli(row.getOccurredAt()), Optional.ofNullable(row.getIssueId()),
                Optional.ofNullable(row.getCallSeconds()).map(Duration::ofSeconds), disposition(row),
                Optional.ofNullable(row.getFailure()), Optional.ofNullable(row.getLanguage()), triage(row),
                matchedBy(row.getMatchedBy()),
                Optional.ofNullable(Direction.valueOf(row.getDirection()) == Direction.INBOUND ? row.getSkipReason()
                        : row.getSendNote()),
                MediaColumn.read(row.getMedia()), MediaColumn.readContext(row.getContext()),
                Optional.ofNullable(row.getEditedAt()).map(Instant::ofEpochMilli), text(row.getExternalId()),
                delivery(row));
    }

    /** A reply's newest delivery state as the network reported it; empty before any report (and on posts). */
    static Optional<DeliveryReceipt.State> delivery(InteractionEntity row) {
        return Arrays.stream(DeliveryReceipt.State.values()).filter(s -> s.name().equals(row.getDelivery()))
                .findFirst();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, Object> contact(long accountId, ChannelKind channel, InboundPost post,
                                               Direction direction, long receivedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("DEDUPE_KEY", dedupeKey(accountId, post.externalId()));
        row.put("ACCOUNT_ID", (int) accountId);
        row.put("CHANNEL", channel.key());
        row.put("EXTERNAL_ID", post.externalId());
        row.put("DIRECTION", direction.name());
        row.put("KIND", post.kind().name());
        row.put("BODY", ColumnText.clean(post.text()));
        row.put("URL", ColumnText.url(post.url()));
        row.put("AUTHOR_ID", ColumnText.id(post.author().externalUserId()));
        row.put("AUTHOR_HANDLE", ColumnText.fit(post.author().handle(), ColumnText.SHORT));
        row.put("AUTHOR_NAME", ColumnText.fit(post.author().displayName(), ColumnText.SHORT));
        row.put("AUTHOR_FOLLOWERS", post.author().followers().isPresent() ? post.author().followers().getAsLong()
                : null);
        row.put("OCCURRED_AT", post.occurredAt().toEpochMilli());
        row.put("RECEIVED_AT", receivedAt);
        row.put("STATUS", RoutingStatus.RECEIVED.name());
        row.put("PENDING_FOR", (int) accountId);
        return row;
    }

    private static ChannelKind channel(InteractionEntity row) {
        return ChannelKind.fromKey(row.getChannel()).orElseThrow(() -> new IllegalStateException(
                "interaction " + row.getID() + " has no channel; the data upgrade did not run"));
    }

    static Optional<URI> url(InteractionEntity row) {
        return Optional.ofNullable(row.getUrl()).map(URI::create);
    }

    private static Optional<CallDisposition> disposition(InteractionEntity row) {
        return Optional.ofNullable(row.getDisposition()).map(CallDisposition::valueOf);
    }
}
