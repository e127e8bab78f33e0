package io.socialdesk.admin;

/** Store port: the admin settings, the same for every node of the cluster. */
public interface SettingsStore {
    Settings read();

    void save(Settings settings);
}
