package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.comment.ServiceDeskComment;
import com.atlassian.servicedesk.api.event.ServiceDeskCommentEvent;
import com.atlassian.servicedesk.api.sla.info.SlaInformation;
import com.atlassian.servicedesk.api.sla.info.SlaInformationCompletedCycle;
import com.atlassian.servicedesk.api.sla.info.SlaInformationQuery;
import com.atlassian.servicedesk.api.sla.info.SlaInformationService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * JSM's SLAs as a new service project sets them up, the first-response one only: *Time to first response*, goal four
 * hours on a 24/7 calendar, started when the request is created and stopped by the first comment an agent makes
 * visible to the customer. Agents read it; customers are refused, as in JSM. Also JSM's comment event, as Jira's
 * event bus carries it.
 */
final class SimSla implements SlaInformationService {
    static final Duration GOAL = Duration.ofHours(4);

    private final SimulatedJsm jsm;

    SimSla(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public SlaInformationQuery.Builder newInfoQueryBuilder() {
        return new Query();
    }

    @Override
    public PagedResponse<SlaInformation> getInfo(ApplicationUser user, SlaInformationQuery query) {
        if (user == null || !jsm.onTeam(user.getKey())) {
            throw new SimServiceDesks.JsmException("You do not have permission to view SLAs.");
        }
        SimulatedJsm.Request request = jsm.requests().stream().filter(r -> r.id() == ((Query) query).issue)
                .findFirst().orElseThrow(() -> new SimServiceDesks.JsmException("The request does not exist."));
        Optional<Instant> stop = request.comments().stream()
                .filter(c -> !c.internal() && jsm.onTeam(c.authorKey()) && !c.authorKey().equals(request.reporterKey()))
                .map(SimulatedJsm.Comment::created).findFirst();
        List<SlaInformationCompletedCycle> cycles = stop.<SlaInformationCompletedCycle>map(
                at -> new Cycle(request.created(), at)).stream().toList();
        return new SimServiceDesks.Page<>(List.of(new Sla("Time to first response", cycles)));
    }

    private static final class Query implements SlaInformationQuery, SlaInformationQuery.Builder {
        private Long issue;

        @Override
        public Builder id(Integer slaMetricId) {
            return this;
        }

        @Override
        public Builder issue(Long issueId) {
            this.issue = issueId;
            return this;
        }

        @Override
        public Builder pagedRequest(PagedRequest pagedRequest) {
            return this;
        }

        @Override
        public SlaInformationQuery build() {
            return this;
        }
    }

    private record Sla(String getName, List<SlaInformationCompletedCycle> getCompletedCycles)
            implements SlaInformation {
    }

    private record Cycle(Instant getStartTime, Instant getStopTime) implements SlaInformationCompletedCycle {
        @Override
        public boolean getBreached() {
            return elapsed().compareTo(GOAL) > 0;
        }

        @Override
        public Long getGoalDuration() {
            return GOAL.toMillis();
        }

        @Override
        public Long getElapsedTime() {
            return elapsed().toMillis();
        }

        @Override
        public Long getRemainingTime() {
            return GOAL.minus(elapsed()).toMillis();
        }

        private Duration elapsed() {
            return Duration.between(getStartTime, getStopTime);
        }
    }

    /** JSM's comment event for a comment just made. */
    record CommentEvent(ApplicationUser getUser, Issue getIssue, ServiceDeskComment getComment, Date getTime)
            implements ServiceDeskCommentEvent {
        @Override
        public boolean isCreatedEvent() {
            return true;
        }
    }

    /** JSM's view of a Jira comment: public unless internal. */
    record Comment(com.atlassian.jira.issue.comments.Comment getComment, boolean isPublic)
            implements ServiceDeskComment {
    }
}
