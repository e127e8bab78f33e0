package io.socialdesk.phone;

import org.springframework.stereotype.Component;

/**
 * The call settings. Until the admin page edits them, they come from JVM system properties of the Jira nodes
 * ({@code io.socialdesk.phone.defaultRegion}, default US; {@code io.socialdesk.phone.missedCallCreatesRequest},
 * default true), so every node of a cluster must be started with the same values.
 */
@Component
public class CallSettingsSource {
    public CallSettings current() {
        return new CallSettings(System.getProperty("io.socialdesk.phone.defaultRegion", "US"),
                !"false".equals(System.getProperty("io.socialdesk.phone.missedCallCreatesRequest")));
    }
}
