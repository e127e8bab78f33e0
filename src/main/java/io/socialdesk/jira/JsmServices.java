package io.socialdesk.jira;

import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Jira Service Management's public services, looked up at each use: JSM is a plugin that an admin can disable or
 * upgrade while SocialDesk runs, and SocialDesk must still enable without it (to say it needs JSM, not to hang).
 */
@Component
public class JsmServices {
    static final String MISSING = "Jira Service Management is not installed or not enabled; SocialDesk needs it to "
            + "raise and update requests";

    private final HostLookup host;

    @Inject
    public JsmServices(HostLookup host) {
        this.host = host;
    }

    public boolean available() {
        return host.pluginService(ServiceDeskManager.class).isPresent();
    }

    public ServiceDeskManager serviceDesks() {
        return require(ServiceDeskManager.class);
    }

    public Optional<ServiceDeskManager> serviceDesksIfEnabled() {
        return host.pluginService(ServiceDeskManager.class);
    }

    public ServiceDeskService serviceDeskService() {
        return require(ServiceDeskService.class);
    }

    public ServiceDeskCustomerRequestService customerRequests() {
        return require(ServiceDeskCustomerRequestService.class);
    }

    public RequestTypeService requestTypes() {
        return require(RequestTypeService.class);
    }

    /** JSM's SLA information, when JSM is enabled. */
    public Optional<com.atlassian.servicedesk.api.sla.info.SlaInformationService> slas() {
        return host.pluginService(com.atlassian.servicedesk.api.sla.info.SlaInformationService.class);
    }

    private <T> T require(Class<T> type) {
        return host.pluginService(type).orElseThrow(() -> new IllegalStateException(MISSING));
    }
}
