package io.socialdesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.request.CustomerRequestChannelSource;
import com.atlassian.servicedesk.api.request.CustomerRequestCreateParameters;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.socialdesk.request.NewRequest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Raises a request through JSM's own customer request service, so SLAs, queues, notifications and Automation's
 * "issue created" see it as any other request. The channel source lets JQL tell them apart
 * ({@code request-channel-type = "socialdesk"}). A linked customer's request is raised as the customer, as their
 * e-mail to the desk would be: JSM notifies nobody of their own activity, so they are not e-mailed their own post.
 * If JSM does not let them raise it (not a customer of this desk), it is raised on their behalf instead.
 */
@Component
public class JsmRequestCreator {
    static final String CHANNEL = "socialdesk";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JsmRequestCreator.class);

    private final JsmServices jsm;

    @Inject
    public JsmRequestCreator(JsmServices jsm) {
        this.jsm = jsm;
    }

    /** {@code customer}: the linked customer; empty raises it as {@code actor}. */
    public Issue create(NewRequest request, ApplicationUser actor, Optional<ApplicationUser> customer) {
        if (customer.isPresent()) {
            try {
                return raise(request, customer.get(), Optional.empty());
            } catch (RuntimeException refused) {
                LOG.info("{} may not raise requests in service desk {} ({}); raised on their behalf",
                        customer.get().getUsername(), request.target().serviceDeskId(), refused.getMessage());
            }
        }
        return raise(request, actor, customer.map(ApplicationUser::getUsername));
    }

    private Issue raise(NewRequest request, ApplicationUser actor, Optional<String> onBehalfOfUsername) {
        ServiceDesk serviceDesk = jsm.serviceDesks().getServiceDeskById(request.target().serviceDeskId());
        RequestTypeService requestTypes = jsm.requestTypes();
        RequestType type = requestTypes.getRequestTypes(actor, requestTypes.newQueryBuilder()
                        .serviceDesk(request.target().serviceDeskId())
                        .requestType(request.target().requestTypeId()).build())
                .findFirst().orElseThrow(() -> new IllegalStateException("request type "
                        + request.target().requestTypeId() + " is not in service desk "
                        + request.target().serviceDeskId() + " or not visible to " + actor.getUsername()));
        ServiceDeskCustomerRequestService requests = jsm.customerRequests();
        CustomerRequestCreateParameters parameters = requests.newCreateBuilder()
                .serviceDesk(serviceDesk)
                .requestType(type)
                .fieldValue(FieldId.withId("summary"), FieldInputValue.withValue(request.summary()))
                .fieldValue(FieldId.withId("description"), FieldInputValue.withValue(request.description()))
                .raiseOnBehalfOf(onBehalfOfUsername)
                .customerRequestChannelSource(CustomerRequestChannelSource.withValue(CHANNEL))
                .build();
        return requests.createCustomerRequest(actor, parameters).getIssue();
    }
}
