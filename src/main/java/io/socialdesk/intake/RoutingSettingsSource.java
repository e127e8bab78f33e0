package io.socialdesk.intake;

/** Where routing reads its settings from; read at every cycle so a change needs no restart. */
public interface RoutingSettingsSource {
    RoutingSettings current();
}
