package io.socialdesk.jira;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.CustomerRequestQuery;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import io.socialdesk.request.CustomerRequests;
import io.socialdesk.request.OpenRequest;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A customer's open requests through JSM's customer request query, run as the customer: JSM then returns exactly
 * the requests the customer reported or takes part in and may see (the portal's "My requests"), raised through any
 * channel, and never one hidden from them. Each request's issue is kept for the rest of the routing pass
 * ({@link IssueReads#remember}), so deciding on it and commenting on it cost no further reads. A customer's comments
 * are read as the customer too, so only public comments are seen.
 */
@Component
public class JsmCustomerRequests implements CustomerRequests {
    private static final Logger LOG = LoggerFactory.getLogger(JsmCustomerRequests.class);

    private final JsmServices jsm;
    private final ActingUsers users;
    private final IssueReads issues;
    private final CommentService comments;

    @Inject
    public JsmCustomerRequests(JsmServices jsm, ActingUsers users, IssueReads issues,
                               @ComponentImport CommentService comments) {
        this.jsm = jsm;
        this.users = users;
        this.issues = issues;
        this.comments = comments;
    }

    @Override
    public List<OpenRequest> openRequestsOf(String customerKey, int serviceDeskId, int limit) {
        Optional<ApplicationUser> customer = users.active(customerKey);
        if (customer.isEmpty()) {
            return List.of();
        }
        ServiceDeskCustomerRequestService service = jsm.customerRequests();
        CustomerRequestQuery query = service.newQueryBuilder()
                .requestOwnership(CustomerRequestQuery.REQUEST_OWNERSHIP.ALL_REQUESTS)
                .requestStatus(CustomerRequestQuery.REQUEST_STATUS.OPEN_REQUESTS)
                .serviceDesk(serviceDeskId)
                .pagedRequest(SimplePagedRequest.paged(0, limit))
                .build();
        List<OpenRequest> open = new ArrayList<>();
        try {
            for (CustomerRequest request : service.getCustomerRequests(customer.get(), query).getResults()) {
                Issue issue = request.getIssue();
                issues.remember(issue);
                open.add(new OpenRequest(new RequestState(issue.getId(), issue.getKey(), request.getServiceDeskId(),
                        issue.getResolution() != null,
                        Optional.ofNullable(issue.getResolutionDate()).map(Timestamp::toInstant),
                        issue.getUpdated().toInstant()), issue.getSummary(), issue.getDescription()));
            }
        } catch (ServiceDeskServiceException e) {
            // the customer is no customer of this desk any more (or JSM refused): routing goes on without their list
            LOG.warn("SocialDesk could not list the open requests of {} in service desk {}: {}", customerKey,
                    serviceDeskId, e.getMessage());
            return List.of();
        }
        open.sort(Comparator.comparing((OpenRequest r) -> r.state().updated(), Comparator.reverseOrder()));
        return open;
    }

    /** The customer's most recent requests (reported or shared with them) are enough: a post lands on a recent one. */
    static final int INVOLVED_SCANNED = 50;

    @Override
    public boolean involves(String customerKey, long issueId) {
        Optional<ApplicationUser> customer = users.active(customerKey);
        if (customer.isEmpty()) {
            return false;
        }
        ServiceDeskCustomerRequestService service = jsm.customerRequests();
        CustomerRequestQuery query = service.newQueryBuilder()
                .requestOwnership(CustomerRequestQuery.REQUEST_OWNERSHIP.ALL_REQUESTS)
                .requestStatus(CustomerRequestQuery.REQUEST_STATUS.ALL_REQUESTS)
                .pagedRequest(SimplePagedRequest.paged(0, INVOLVED_SCANNED))
                .build();
        try {
            return service.getCustomerRequests(customer.get(), query).getResults().stream()
                    .anyMatch(request -> request.getIssue().getId() == issueId);
        } catch (ServiceDeskServiceException e) {
            return false;
        }
    }

    @Override
    public List<String> customerComments(String customerKey, long issueId, int limit) {
        Optional<ApplicationUser> customer = users.active(customerKey);
        Optional<Issue> issue = issues.issue(issueId);
        if (customer.isEmpty() || issue.isEmpty()) {
            return List.of();
        }
        return comments.getCommentsForUser(customer.get(), issue.get()).stream()
                .filter(c -> c.getAuthorApplicationUser() != null
                        && customerKey.equals(c.getAuthorApplicationUser().getKey()))
                .sorted(Comparator.comparing((Comment c) -> c.getCreated() == null ? Instant.EPOCH
                        : c.getCreated().toInstant()).reversed())
                .limit(limit).map(Comment::getBody).toList();
    }
}
