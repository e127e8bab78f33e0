package io.socialdesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import io.socialdesk.request.RequestText;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The {@code request} port on Jira Service Management. */
@Component
public class JsmRequestDesk implements RequestDesk {
    private final IssueReads issues;
    private final JsmServices jsm;
    private final ActingUsers users;
    private final IntakeMarkers markers;
    private final JsmRequestCreator creator;
    private final JiraIssueUpdates updates;

    @Inject
    public JsmRequestDesk(IssueReads issues, JsmServices jsm,
                          ActingUsers users, IntakeMarkers markers,
                          JsmRequestCreator creator, JiraIssueUpdates updates) {
        this.issues = issues;
        this.jsm = jsm;
        this.users = users;
        this.markers = markers;
        this.creator = creator;
        this.updates = updates;
    }

    @Override
    public Optional<RequestState> state(long issueId) {
        return issues.issue(issueId).map(this::state);
    }

    @Override
    public void prefetch(Collection<Long> issueIds) {
        issues.readAll(issueIds);
    }

    @Override
    public Optional<RequestText> text(long issueId) {
        return issues.issue(issueId).map(issue -> new RequestText(issue.getSummary(), issue.getDescription()));
    }

    @Override
    public <T> T pass(Supplier<T> work) {
        return issues.within(work);
    }

    @Override
    public Optional<RequestState> createdFor(long interactionId) {
        return markers.issueCreatedFor(interactionId).flatMap(this::state);
    }

    @Override
    public boolean commentedFor(long interactionId) {
        return markers.hasComment(interactionId);
    }

    @Override
    public RequestState create(NewRequest request) {
        ApplicationUser actor = actor(request.actorKey());
        Issue issue = creator.create(request, actor, request.onBehalfOf().flatMap(users::active));
        markers.markCreated(actor, issue.getId(), request.interactionId());
        return state(issue);
    }

    @Override
    public void comment(long issueId, long interactionId, String body, boolean internal, String actorKey) {
        updates.comment(issue(issueId), interactionId, body, internal, actor(actorKey));
    }

    @Override
    public void reopen(long issueId, String actorKey) {
        Issue issue = issue(issueId);
        if (issue.getResolution() != null) {
            updates.reopen(issue, actor(actorKey));
            issues.changed(issueId);
        }
    }

    @Override
    public void link(long issueId, long earlierIssueId, String actorKey) {
        updates.link(issueId, earlierIssueId, actor(actorKey));
    }

    @Override
    public void unlink(long issueId, long earlierIssueId, String actorKey) {
        updates.unlink(issueId, earlierIssueId, actor(actorKey));
    }

    private RequestState state(Issue issue) {
        int serviceDesk = issues.serviceDeskOf(issue.getProjectObject(),
                project -> jsm.serviceDesks().getServiceDeskForProject(project).getId());
        Optional<Instant> resolvedAt = Optional.ofNullable(issue.getResolutionDate()).map(Timestamp::toInstant);
        return new RequestState(issue.getId(), issue.getKey(), serviceDesk, issue.getResolution() != null, resolvedAt,
                issue.getUpdated().toInstant(),
                Optional.ofNullable(issue.getReporter()).map(ApplicationUser::getKey));
    }

    private Issue issue(long issueId) {
        return issues.issue(issueId).orElseThrow(
                () -> new IllegalStateException("issue " + issueId + " no longer exists"));
    }

    private ApplicationUser actor(String userKey) {
        return users.active(userKey).orElseThrow(() -> new IllegalStateException(
                "SocialDesk's intake user " + userKey + " is missing or inactive"));
    }
}
