package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Table AO_xxxxxx_PIPELINE_MARK: where an inbound interaction stands between routing steps, one narrow row per mark.
 * {@code ROUTING}: an attempt began routing it (an effect on JSM may have happened); {@code PUBLISH}: routed, its
 * signals not yet published. A pass adds and removes its marks in one statement each (a batch insert, a delete by
 * id list) instead of updating every post's wide, nine-times-indexed interaction row twice more; the interaction row
 * itself is updated once, with the outcome.
 */
@Preload
@Table("PipelineMark")
public interface PipelineMarkEntity extends Entity {
    @Indexed
    int getInteractionId();

    void setInteractionId(int interactionId);

    /** The interaction's account: the publisher's and the notices' queue per account. */
    @Indexed
    int getAccountId();

    void setAccountId(int accountId);

    @NotNull
    String getStage();

    void setStage(String stage);

    /** The contact the interaction is being routed for (ROUTING marks). */
    Integer getContactId();

    void setContactId(Integer contactId);

    /** The interaction's time, so a queue is read oldest first without the interaction rows. */
    long getOccurredAt();

    void setOccurredAt(long occurredAt);
}
