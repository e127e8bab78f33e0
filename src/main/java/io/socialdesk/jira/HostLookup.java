package io.socialdesk.jira;

import com.atlassian.jira.component.ComponentAccessor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Host services SocialDesk looks up when it needs them instead of importing them. An imported service that the host
 * does not offer keeps the whole plugin from enabling (Spring waits for it, then gives up); a looked-up one only
 * disables the feature that needs it, with a clear message. Used for Jira Service Management's services (offered by
 * the JSM plugin, absent when JSM is disabled; Atlassian's own Slack app looks them up the same way) and for jira-core
 * types without a public-API marker. See docs/architecture.md, "Host services".
 */
@Component
public class HostLookup {
    /** A jira-core component, if Jira offers one of that type. */
    public <T> Optional<T> component(Class<T> type) {
        try {
            return Optional.ofNullable(ComponentAccessor.getComponent(type));
        } catch (RuntimeException notOffered) {
            return Optional.empty();
        }
    }

    /** A service another plugin exports (JSM's), if that plugin is enabled now. */
    public <T> Optional<T> pluginService(Class<T> type) {
        try {
            return Optional.ofNullable(ComponentAccessor.getOSGiComponentInstanceOfType(type));
        } catch (RuntimeException notOffered) {
            return Optional.empty();
        }
    }
}
