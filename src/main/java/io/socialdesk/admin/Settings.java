package io.socialdesk.admin;

import io.socialdesk.intake.RoutingSettings;

/**
 * Everything an admin tunes beside the accounts: routing, how phone numbers are read, and how many months
 * interactions are kept ({@code retentionMonths}; 0 keeps them for as long as the customer is not erased).
 */
public record Settings(RoutingSettings routing, String defaultRegion, int retentionMonths) {
    public static final int MAX_RETENTION_MONTHS = 240;

    public static Settings defaults() {
        return new Settings(RoutingSettings.defaults(), "US", 0);
    }
}
