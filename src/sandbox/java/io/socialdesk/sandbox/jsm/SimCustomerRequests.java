package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.CustomerRequestChannelSource;
import com.atlassian.servicedesk.api.request.CustomerRequestCreateParameters;
import com.atlassian.servicedesk.api.request.CustomerRequestIssueQuery;
import com.atlassian.servicedesk.api.request.CustomerRequestQuery;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import java.util.List;
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
        // an agent raises requests for anyone; a customer raises their own (as in the portal), never for others
        boolean customerForThemselves = user != null && !jsm.onTeam(user.getKey()) && request.onBehalfOf.isEmpty()
                && jsm.user(user.getKey()).filter(SimulatedJsm.User::active).isPresent();
        if (user == null || !jsm.onTeam(user.getKey()) && !customerForThemselves) {
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
                request.requestType.getId(), request.channel, user.getKey());
        return customerRequest(created);
    }

    @Override
    public CustomerRequestQuery.Builder newQueryBuilder() {
        return new Query();
    }

    /**
     * The requests the executing user may see in the portal, filtered as the query asks: reported by them
     * (OWNED_REQUESTS), shared with them (PARTICIPATED_REQUESTS) or both (ALL_REQUESTS); open, closed or both; in one
     * service desk; a page of them, newest first. Agents see only what involves them too: the query is the portal's.
     */
    @Override
    public PagedResponse<CustomerRequest> getCustomerRequests(ApplicationUser user, CustomerRequestQuery query) {
        Query q = (Query) query;
        if (user == null || !user.isActive()) {
            throw new SimServiceDesks.JsmException("You are not logged in.");
        }
        String key = user.getKey();
        List<SimulatedJsm.Request> matching = jsm.requests().stream()
                .filter(r -> switch (q.ownership) {
                    case OWNED_REQUESTS -> r.reporterKey().equals(key);
                    case PARTICIPATED_REQUESTS -> r.participants().contains(key);
                    default -> r.involves(key);
                })
                .filter(r -> switch (q.status) {
                    case OPEN_REQUESTS -> r.resolvedAt().isEmpty();
                    case CLOSED_REQUESTS -> r.resolvedAt().isPresent();
                    case ALL_REQUESTS -> true;
                })
                .filter(r -> q.serviceDesk == null || q.serviceDesk == jsm.serviceDesk().id())
                .filter(r -> !jsm.securityHides(r.id(), key))
                .toList();
        int start = Math.min(q.start, matching.size());
        int end = Math.min(matching.size(), start + q.limit);
        List<CustomerRequest> page = matching.subList(start, end).stream().map(this::customerRequest).toList();
        return new Page<>(page, end < matching.size());
    }

    @Override
    public CustomerRequestIssueQuery.Builder newIssueQueryBuilder() {
        return new IssueQuery();
    }

    /** The request of one issue, if the user may browse it (an agent of the desk, or a customer it involves). */
    @Override
    public CustomerRequest getCustomerRequest(ApplicationUser user, CustomerRequestIssueQuery query) {
        IssueQuery q = (IssueQuery) query;
        if (user == null || !user.isActive()) {
            throw new SimServiceDesks.JsmException("You are not logged in.");
        }
        SimulatedJsm.Request request = jsm.requests().stream().filter(r -> r.id() == q.issue).findFirst()
                .orElseThrow(() -> new SimServiceDesks.JsmException("The request does not exist."));
        boolean allowed = q.overrideSecurity || jsm.onTeam(user.getKey()) || request.involves(user.getKey());
        if (!allowed || (!q.overrideSecurity && jsm.securityHides(request.id(), user.getKey()))) {
            throw new SimServiceDesks.JsmException("You do not have permission to view this request.");
        }
        return customerRequest(request);
    }

    private static final class IssueQuery implements CustomerRequestIssueQuery, CustomerRequestIssueQuery.Builder {
        private long issue;
        private boolean overrideSecurity;

        @Override
        public Builder issue(long issue) {
            this.issue = issue;
            return this;
        }

        @Override
        public Builder overrideSecurity(boolean overrideSecurity) {
            this.overrideSecurity = overrideSecurity;
            return this;
        }

        @Override
        public CustomerRequestIssueQuery build() {
            return this;
        }
    }

    private CustomerRequest customerRequest(SimulatedJsm.Request request) {
        Issue issue = issues.getIssueObject(request.id());
        int desk = jsm.serviceDesk().id();
        int type = request.requestTypeId();
        return new CustomerRequest() {
            @Override
            public Issue getIssue() {
                return issue;
            }

            @Override
            public int getServiceDeskId() {
                return desk;
            }

            @Override
            public int getRequestTypeId() {
                return type;
            }
        };
    }

    private static final class Query implements CustomerRequestQuery, CustomerRequestQuery.Builder {
        /** JSM's defaults when a query leaves them out: both kinds, all statuses, a page of 50. */
        private REQUEST_OWNERSHIP ownership = REQUEST_OWNERSHIP.ALL_REQUESTS;
        private REQUEST_STATUS status = REQUEST_STATUS.ALL_REQUESTS;
        private Integer serviceDesk;
        private int start;
        private int limit = 50;

        @Override
        public Builder requestOwnership(REQUEST_OWNERSHIP requestOwnership) {
            this.ownership = requestOwnership;
            return this;
        }

        @Override
        public Builder requestStatus(REQUEST_STATUS requestStatus) {
            this.status = requestStatus;
            return this;
        }

        @Override
        public Builder serviceDesk(Integer desk) {
            this.serviceDesk = desk;
            return this;
        }

        @Override
        public Builder pagedRequest(PagedRequest pagedRequest) {
            this.start = pagedRequest.getStart();
            this.limit = Math.min(pagedRequest.getLimit(), 100);
            return this;
        }

        @Override
        public CustomerRequestQuery build() {
            return this;
        }
    }

    private record Page<T>(List<T> getResults, boolean hasNextPage) implements PagedResponse<T> {
        @Override
        public int size() {
            return getResults.size();
        }

        @Override
        public Optional<T> findFirst() {
            return getResults.stream().findFirst();
        }

        @Override
        public java.util.Iterator<T> iterator() {
            return getResults.iterator();
        }
    }

    private static final class Parameters implements CustomerRequestCreateParameters,
            CustomerRequestCreateParameters.Builder {
        private ServiceDesk serviceDesk;
        private RequestType requestType;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private Optional<String> onBehalfOf = Optional.empty();
        /** JSM records API-raised requests as "api" unless the caller names its channel. */
        private String channel = "api";

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
            this.channel = source == null ? "api" : source.value();
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
