package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Table AO_xxxxxx_IDENTITY: one account of a contact on one network. {@code IDENTITY_KEY} = kind + ':' + external
 * user id is unique, so two nodes meeting a new author at once cannot create two contacts for them.
 */
// @Preload: finds load every column in one query; lazy loading would cost a query per field read (N+1)
@Preload
@Table("Identity")
public interface IdentityEntity extends Entity {
    @NotNull
    @Unique
    String getIdentityKey();

    void setIdentityKey(String identityKey);

    @Indexed
    int getContactId();

    void setContactId(int contactId);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getExternalUserId();

    void setExternalUserId(String externalUserId);

    String getHandle();

    void setHandle(String handle);

    String getDisplayName();

    void setDisplayName(String displayName);
}
