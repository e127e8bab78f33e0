package io.socialdesk.intake;

import org.springframework.stereotype.Component;

/**
 * The DESIGN's routing defaults (reopen 7 days, merge 72 hours, nothing blocked). Admin-editable routing settings
 * are part of the admin page work; until then these are the rules every installation runs with.
 */
@Component
public class FixedRoutingSettings implements RoutingSettingsSource {
    @Override
    public RoutingSettings current() {
        return RoutingSettings.defaults();
    }
}
