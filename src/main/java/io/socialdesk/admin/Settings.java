package io.socialdesk.admin;

import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.intake.RoutingSettings;
import io.socialdesk.intake.SurgeSettings;
import io.socialdesk.intake.ViralSettings;

/**
 * Everything an admin tunes beside the accounts: routing, how phone numbers are read, how many months interactions
 * are kept ({@code retentionMonths}; 0 keeps them for as long as the customer is not erased), and the company's
 * customer number format ({@code customerNumberPattern}, a regular expression; empty when not used), which identity
 * suggestions look for in what people write, when posts count as a surge ({@code surge}) and when a post is at risk
 * of going viral ({@code viral}), what customers receive besides JSM's own notifications ({@code delivery}), and the insights' targets
 * ({@code insights}).
 */
public record Settings(RoutingSettings routing, String defaultRegion, int retentionMonths,
                       String customerNumberPattern, SurgeSettings surge, ViralSettings viral,
                       DeliverySettings delivery, io.socialdesk.insights.Insights.Targets insights) {
    public static final int MAX_RETENTION_MONTHS = 240;
    public static final int MAX_PATTERN = 200;

    /** Settings with the insights' default targets. */
    public Settings(RoutingSettings routing, String defaultRegion, int retentionMonths, String customerNumberPattern,
                    SurgeSettings surge, ViralSettings viral, DeliverySettings delivery) {
        this(routing, defaultRegion, retentionMonths, customerNumberPattern, surge, viral, delivery,
                io.socialdesk.insights.Insights.Targets.defaults());
    }

    /** Settings with the default delivery (replies in kind on the channel only, no acknowledgement). */
    public Settings(RoutingSettings routing, String defaultRegion, int retentionMonths, String customerNumberPattern,
                    SurgeSettings surge, ViralSettings viral) {
        this(routing, defaultRegion, retentionMonths, customerNumberPattern, surge, viral,
                DeliverySettings.defaults());
    }

    public static Settings defaults() {
        return new Settings(RoutingSettings.defaults(), "US", 0, "", SurgeSettings.defaults(),
                ViralSettings.defaults());
    }
}
