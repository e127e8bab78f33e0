package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_SURGE_SEND: one personal reply of an incident answer to one post. {@code SEND_KEY} = answer id +
 * ':' + interaction id makes a second row for the same customer impossible. The reply's own row (an outbound
 * interaction, {@code REPLY_ID}) is created in the same transaction that marks this one SENDING, so after a crash a
 * SENDING row knows the idempotency key its send used.
 */
@Preload
@Table("SurgeSend")
public interface SurgeSendEntity extends Entity {
    @NotNull
    @Unique
    String getSendKey();

    void setSendKey(String sendKey);

    @Indexed
    int getAnswerId();

    void setAnswerId(int answerId);

    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @Indexed
    long getInteractionId();

    void setInteractionId(long interactionId);

    long getIssueId();

    void setIssueId(long issueId);

    /** IncidentSend.Status: PENDING, SENDING, SENT, FAILED, IN_DOUBT, CANCELLED. */
    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @Indexed
    Long getReplyId();

    void setReplyId(Long replyId);

    @StringLength(StringLength.MAX_LENGTH)
    String getFailure();

    void setFailure(String failure);

    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
