package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_CONTACT: one customer across every channel. */
// @Preload: finds load every column in one query; lazy loading would cost a query per field read (N+1)
@Preload
@Table("Contact")
public interface ContactEntity extends Entity {
    @NotNull
    String getDisplayName();

    void setDisplayName(String displayName);

    @Indexed
    String getCustomerKey();

    void setCustomerKey(String customerKey);

    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** When the contact was erased at someone's request (epoch ms); null for a contact never erased. */
    Long getErasedAt();

    void setErasedAt(Long erasedAt);
}
