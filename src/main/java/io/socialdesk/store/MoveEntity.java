package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_MOVE: an agent's move of a contact to another request, from start to done. {@code ACTIVE_FOR} is the
 * interaction id while the move is unfinished, null after, and unique: the database, not a check, keeps two nodes
 * from moving one contact at once.
 */
@Preload
@Table("Move")
public interface MoveEntity extends Entity {
    @NotNull
    @Indexed
    int getInteractionId();

    void setInteractionId(int interactionId);

    @Unique
    Integer getActiveFor();

    void setActiveFor(Integer interactionId);

    /** Indexed: the intake job finishes an account's interrupted moves. */
    @NotNull
    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @NotNull
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
