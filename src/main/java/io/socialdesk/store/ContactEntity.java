package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Table AO_xxxxxx_CONTACT: one customer across every channel. */
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
}
