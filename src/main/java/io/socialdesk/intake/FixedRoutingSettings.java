package io.socialdesk.intake;

import org.springframework.stereotype.Component;

/**
 * The routing defaults (reopen 7 days, merge 72 hours, nothing blocked, missed calls become requests). Admin-editable
 * settings stored in the database replace this with the admin console.
 */
@Component
public class FixedRoutingSettings implements RoutingSettingsSource {
    @Override
    public RoutingSettings current() {
        RoutingSettings defaults = RoutingSettings.defaults();
        return new RoutingSettings(defaults.reopenWindow(), defaults.mergeWindow(), defaults.blockedHandles(),
                defaults.blockWords(), !"false".equals(System.getProperty("io.socialdesk.phone.missedCallCreatesRequest")));
    }
}
