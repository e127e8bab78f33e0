package io.socialdesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Table AO_xxxxxx_SETTING: one admin setting, by name; in the database so every node reads the same at once. */
// @Preload: the few rows are read together on every cycle
@Preload
@Table("Setting")
public interface SettingEntity extends Entity {
    @NotNull
    @Unique
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getValue();

    void setValue(String value);
}
