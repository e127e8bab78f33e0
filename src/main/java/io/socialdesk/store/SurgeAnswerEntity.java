package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_SURGE_ANSWER: an agent's one answer to an incident, sent as personal replies (SURGE_SEND). */
@Preload
@Table("SurgeAnswer")
public interface SurgeAnswerEntity extends Entity {
    @Indexed
    int getSurgeId();

    void setSurgeId(int surgeId);

    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    String getAgentKey();

    void setAgentKey(String agentKey);

    /** IncidentAnswer.State: SENDING, PAUSED, CANCELLED, DONE. */
    @NotNull
    String getState();

    void setState(String state);

    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
