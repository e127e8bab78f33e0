package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_MOVE: an agent's move of a contact to another request, from start to done. {@code ACTIVE_KEY} is the
 * interaction id while the move is unfinished and the interaction and move id after, and unique (AO makes a unique
 * column NOT NULL, so it cannot be cleared): the database, not a check, keeps two nodes from moving one contact at
 * once, and lets the next move start when this one is done.
 */
@Preload
@Table("Move")
public interface MoveEntity extends Entity {
    @NotNull
    @Indexed
    int getInteractionId();

    void setInteractionId(int interactionId);

    @NotNull
    @Unique
    String getActiveKey();

    void setActiveKey(String activeKey);

    /** Indexed: the intake job finishes an account's interrupted moves. */
    @NotNull
    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @NotNull
    @Indexed
    int getContactId();

    void setContactId(int contactId);

    @NotNull
    long getFromIssueId();

    void setFromIssueId(long issueId);

    @NotNull
    long getToIssueId();

    void setToIssueId(long issueId);

    @NotNull
    String getAgentKey();

    void setAgentKey(String agentKey);

    /** Move.Stage by name. */
    @NotNull
    @Indexed
    String getStage();

    void setStage(String stage);

    @NotNull
    long getStartedAt();

    void setStartedAt(long startedAt);
}
