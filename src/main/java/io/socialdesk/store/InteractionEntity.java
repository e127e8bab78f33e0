package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_INTERACTION: one post, reply or call. AO cannot declare a unique constraint over two columns, so
 * {@code DEDUPE_KEY} = account id + ':' + external id carries it; the database, not a check-then-insert, is what
 * makes a second copy of a post impossible, also across cluster nodes. Rows are written and read only through
 * {@link InteractionRows}, which maps the typed values (direction, kind, statuses, outcome, channel) to columns.
 */
// @Preload: finds load every column in one query; lazy loading would cost a query per field read (N+1)
@Preload
// Two-column indexes (AO's @Indexes, in the net.java.ao library since 1.4 and in the 6.x Jira 11 bundles; used the same
// way by a Data Center app: github.com/icyfry/emoji2slack, ConfigurationEntity). Routing asks for a customer's newest
// interactions and a request's newest post on every pass: with an index on the id alone the database reads and sorts
// the whole history each time (measured: the customer query was the largest single cost of steady intake), with the
// time as second column it reads the newest rows directly. Each replaces the id's own index, which it also serves. A
// thread's newest post is asked for by conversation (a WhatsApp chat is one conversation, as long as the customer's
// history): the same pattern. Publication counts each request's inbound posts and finds the newest for its property:
// with the direction in an index beside the request, PostgreSQL counts from the index alone instead of visiting
// every post of the request in the table (measured at 200 posts a request: the largest read that grew with history).
@Indexes({
        @Index(name = "contactTime", methodNames = {"getContactId", "getOccurredAt"}),
        @Index(name = "issueTime", methodNames = {"getIssueId", "getOccurredAt"}),
        @Index(name = "conversationTime", methodNames = {"getConversationId", "getOccurredAt"}),
        @Index(name = "issueInbound", methodNames = {"getIssueId", "getDirection", "getOccurredAt"})
})
@Table("Interaction")
public interface InteractionEntity extends Entity {
    @NotNull
    @Unique
    String getDedupeKey();

    void setDedupeKey(String dedupeKey);

    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @NotNull
    String getExternalId();

    void setExternalId(String externalId);

    @NotNull
    String getDirection();

    void setDirection(String direction);

    @NotNull
    String getKind();

    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @StringLength(StringLength.MAX_LENGTH)
    String getUrl();

    void setUrl(String url);

    String getAuthorId();

    void setAuthorId(String authorId);

    String getAuthorHandle();

    void setAuthorHandle(String authorHandle);

    String getAuthorName();

    void setAuthorName(String authorName);

    Long getAuthorFollowers();

    void setAuthorFollowers(Long authorFollowers);

    /** Indexed for surge detection, which counts an account's posts in a time range every cycle. */
    @Indexed
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    long getReceivedAt();

    void setReceivedAt(long receivedAt);

    String getConversationId();

    void setConversationId(String conversationId);

    String getInReplyTo();

    void setInReplyTo(String inReplyTo);

    String getLanguage();

    void setLanguage(String language);

    /** What the customer attached (images, video, audio) as a JSON list, or null: see {@code MediaColumn}. */
    @StringLength(StringLength.UNLIMITED)
    String getMedia();

    void setMedia(String media);

    /** The post this one answers or quotes, as a JSON object, or null: see {@code MediaColumn}. */
    @StringLength(StringLength.UNLIMITED)
    String getContext();

    void setContext(String context);

    /** When the author last edited the post, as SocialDesk applied it (null: never edited). */
    Long getEditedAt();

    void setEditedAt(Long editedAt);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    String getSkipReason();

    void setSkipReason(String skipReason);

    /** Indexed with the time (see {@code contactTime} above). */
    Integer getContactId();

    void setContactId(Integer contactId);

    /** Indexed with the time (see {@code issueTime} above). */
    Long getIssueId();

    void setIssueId(Long issueId);

    /** Calls only: how long the customer was on the line. */
    Integer getCallSeconds();

    void setCallSeconds(Integer callSeconds);

    /** Calls only: answered, missed, voicemail, busy or failed. */
    String getDisposition();

    void setDisposition(String disposition);

    /** Outbound replies only: why the network refused or did not answer. */
    @StringLength(StringLength.MAX_LENGTH)
    String getFailure();

    void setFailure(String failure);

    /** Outbound replies only: the newest delivery state the network reported (WhatsApp's statuses). */
    String getDelivery();

    void setDelivery(String delivery);

    /** Outbound replies only: how it went out, where the network needed another way (a template). */
    @StringLength(StringLength.MAX_LENGTH)
    String getSendNote();

    void setSendNote(String note);

    /** Outbound replies only: the Jira user who sent it. */
    String getAgentKey();

    void setAgentKey(String agentKey);

    /**
     * The account id while the interaction waits for routing (RECEIVED, ROUTING), else null: the routing queue as an
     * index of its own. Filtering on ACCOUNT_ID and STATUS instead lets a planner (HSQLDB always) walk every
     * interaction the account ever had on each cycle; measured, the cost per post grew with the history.
     */
    @Indexed
    Integer getPendingFor();

    void setPendingFor(Integer accountId);

    /**
     * Written only by versions before pipeline marks: the account id while the routing's event waited to be
     * published. The model version 3 upgrade ({@code MarkedPipeline}) turns each such row into a PUBLISH mark and
     * clears this; nothing else reads or writes it. Kept declared because AO never drops a column and the upgrade
     * reads it.
     */
    @Indexed
    Integer getPublishFor();

    void setPublishFor(Integer accountId);

    /** The channel's key ("x", "phone"), kept on the row so the history of a removed account keeps its channel. */
    String getChannel();

    void setChannel(String channel);

    /** What routing decided (RouteOutcome): the event Automation gets follows this, not the request's later state. */
    String getOutcome();

    void setOutcome(String outcome);

    /**
     * For a post that made a request: the reply row of its acknowledgement in kind, once one was begun; set in the
     * transaction that records that reply, so a request is acknowledged at most once.
     */
    Integer getAcknowledgedBy();

    void setAcknowledgedBy(Integer replyId);

    /** Failed attempts to send the notice this interaction owes (a call on no request); bounded. */
    Integer getNoticeAttempts();

    void setNoticeAttempts(Integer attempts);

    /** Inbound posts: the triage's intent (Triage.Intent), written when the post is routed; null before that. */
    String getIntent();

    void setIntent(String intent);

    /** Inbound posts: the triage's mood (Triage.Mood). */
    String getMood();

    void setMood(String mood);

    /** Inbound English posts: VADER's compound score, -1 to 1. */
    Double getSentiment();

    void setSentiment(Double sentiment);

    /** Inbound posts: the author's influence tier (Triage.Tier). */
    String getTier();

    void setTier(String tier);

    /** Inbound posts: the language triage read (the network's tag, else the script), BCP 47. */
    String getTriageLanguage();

    void setTriageLanguage(String language);

    /** Inbound posts: why triage decided as it did, one reason per line, for the agent to check. */
    @StringLength(StringLength.MAX_LENGTH)
    String getTriageReasons();

    void setTriageReasons(String reasons);

    /**
     * Why the interaction is on its request (MatchedBy: key, topic, conversation, thread, customer, agent); null for a
     * new request, a history-only or skipped one, and for rows routed before it was kept.
     */
    String getMatchedBy();

    void setMatchedBy(String matchedBy);

    /**
     * The customer's request a new request came close to ("possibly the same"), offered to agents in both requests'
     * panels: indexed, since the panel of that request looks for the posts that name it.
     */
    @Indexed
    Long getPossibleIssueId();

    void setPossibleIssueId(Long issueId);
}
