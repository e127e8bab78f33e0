package io.socialdesk.admin;

import io.socialdesk.intake.RoutingSettings;

/** Everything an admin tunes beside the accounts: routing, and how phone numbers are read. */
public record Settings(RoutingSettings routing, String defaultRegion) {
    public static Settings defaults() {
        return new Settings(RoutingSettings.defaults(), "US");
    }
}
