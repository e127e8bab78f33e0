package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.CustomerRequestChannelSource;
import com.atlassian.servicedesk.api.request.CustomerRequestCreateParameters;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * JSM's customer request service: builds the parameters, then creates the request as the executing user, who must be
 * an agent of the service desk to raise on behalf of a customer. Invalid input is a ServiceDeskServiceException with
 * JSM's message (summary required and at most 255 characters, request type of the service desk, known reporter).
 */
final class SimCustomerRequests implements ServiceDeskCustomerRequestService {
    static final int SUMMARY_LIMIT = 255;

    private final SimulatedJsm jsm;
    private final SimIssues issues;

    SimCustomerRequests(SimulatedJsm jsm, SimIssues issues) {
        this.jsm = jsm;
        this.issues = issues;
    }

    @Override
    public CustomerRequestCreateParameters.Builder newCreateBuilder() {
        return new Parameters();
    }

    @Override
    public CustomerRequest createCustomerRequest(ApplicationUser user, CustomerRequestCreateParameters parameters) {
        Parameters request = (Parameters) parameters;
        if (user == null || !jsm.onTeam(user.getKey())) {
            throw new SimServiceDesks.JsmException("You do not have permission to create requests on behalf of "
                    + "customers in this service desk.");
        }
        if (request.serviceDesk == null || request.requestType == null
                || jsm.requestType(request.requestType.getId())
                .filter(t -> t.serviceDeskId() == request.serviceDesk.getId()).isEmpty()) {
            throw new SimServiceDesks.JsmException("The request type is not part of the service desk.");
        }
        String summary = request.text("summary");
        if (summary.isBlank()) {
            throw new SimServiceDesks.JsmException("summary: You must specify a summary of the issue.");
        }
        if (summary.length() > SUMMARY_LIMIT) {
            throw new SimServiceDesks.JsmException("summary: Summary must be less than 255 characters.");
        }
        String reporter = request.onBehalfOf.orElse(user.getKey());
        if (jsm.user(reporter).filter(SimulatedJsm.User::active).isEmpty()) {
            throw new SimServiceDesks.JsmException("The reporter '" + reporter + "' is not a customer of this "
                    + "service desk.");
        }
        SimulatedJsm.Request created = jsm.createRequest(summary, request.text("description"), reporter,
                request.requestType.getId());
        Issue issue = issues.getIssueObject(created.id());
        return () -> issue;
    }

    private static final class Parameters implements CustomerRequestCreateParameters,
            CustomerRequestCreateParameters.Builder {
        private ServiceDesk serviceDesk;
        private RequestType requestType;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private Optional<String> onBehalfOf = Optional.empty();

        @Override
        public Builder serviceDesk(ServiceDesk desk) {
            this.serviceDesk = desk;
            return this;
        }

        @Override
        public Builder requestType(RequestType type) {
            this.requestType = type;
            return this;
        }

        @Override
        public Builder fieldValue(FieldId fieldId, FieldInputValue value) {
            fields.put(fieldId.value(), value.value());
            return this;
        }

        @Override
        public Builder raiseOnBehalfOf(Optional<String> userName) {
            this.onBehalfOf = userName;
            return this;
        }

        @Override
        public Builder customerRequestChannelSource(CustomerRequestChannelSource source) {
            return this;
        }

        @Override
        public CustomerRequestCreateParameters build() {
            return this;
        }

        String text(String field) {
            Object value = fields.get(field);
            return value == null ? "" : value.toString();
        }
    }
}
