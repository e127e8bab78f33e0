package io.socialdesk.intake;

/** Port: the surge settings as saved now (read at every cycle, so a change applies on every node). */
public interface SurgeSettingsSource {
    SurgeSettings surge();
}
