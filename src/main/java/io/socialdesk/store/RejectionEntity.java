package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_REJECTION: an agent said a suggested identity match is wrong, so it is never suggested again.
 * {@code REJECT_KEY} = contact id + ':' + target makes a second rejection of the same match a no-op.
 */
@Preload
@Table("Rejection")
public interface RejectionEntity extends Entity {
    @NotNull
    @Unique
    String getRejectKey();

    void setRejectKey(String rejectKey);

    @Indexed
    int getContactId();

    void setContactId(int contactId);

    /** "customer:&lt;user key&gt;" or "contact:&lt;id&gt;". */
    @NotNull
    @Indexed
    String getTarget();

    void setTarget(String target);

    String getRejectedBy();

    void setRejectedBy(String userKey);

    long getRejectedAt();

    void setRejectedAt(long rejectedAt);
}
