package io.socialdesk.phone;

import org.springframework.stereotype.Component;

/**
 * How call numbers are read: the region (ISO 3166) of numbers written without a country code. Until the admin
 * console edits it, it comes from the JVM system property {@code io.socialdesk.phone.defaultRegion} (default US).
 */
@Component
public class CallSettingsSource {
    public String defaultRegion() {
        return System.getProperty("io.socialdesk.phone.defaultRegion", "US");
    }
}
