package io.socialdesk.intake;

/** Port: the viral-risk threshold as saved now (read at every cycle, so a change applies on every node). */
public interface ViralSettingsSource {
    ViralSettings viral();
}
