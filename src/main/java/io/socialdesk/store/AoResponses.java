package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.insights.AgentComment;
import io.socialdesk.insights.RequestOrigin;
import io.socialdesk.insights.ResponseStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** The queue of public agent comments and their counting into the insights' request rows, on Active Objects. */
@Component
public class AoResponses implements ResponseStore {
    private final ActiveObjects ao;

    @Inject
    public AoResponses(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void queue(AgentComment comment) {
        ao.create(InsightsResponseEntity.class, new DBParam("ISSUE_ID", comment.issueId()),
                new DBParam("RESPONDED_AT", comment.at().toEpochMilli()),
                new DBParam("AUTHOR_KEY", comment.authorKey()));
    }

    @Override
    public List<Queued> queued(int limit) {
        return Arrays.stream(ao.find(InsightsResponseEntity.class, Query.select().order("ID").limit(limit)))
                .map(row -> new Queued(row.getID(), new AgentComment(row.getIssueId(),
                        Instant.ofEpochMilli(row.getRespondedAt()), row.getAuthorKey())))
                .toList();
    }

    @Override
    public Map<Long, Optional<Instant>> firstResponses(Collection<Long> issueIds) {
        Map<Long, Optional<Instant>> found = new HashMap<>();
        InLists.find(ao, InsightsRequestEntity.class, null, "ISSUE_ID", List.copyOf(issueIds)).forEach(row ->
                found.put(row.getIssueId(), Optional.ofNullable(row.getFirstResponseAt()).map(Instant::ofEpochMilli)));
        return found;
    }

    @Override
    public void count(List<Queued> taken, Map<Long, RequestOrigin> origins,
                      Map<Long, io.socialdesk.insights.FirstResponseSla.Cycle> slas) {
        ao.executeInTransaction(() -> {
            Set<String> ownUsers = Arrays.stream(ao.find(ChannelAccountEntity.class,
                            Query.select("ID, INTAKE_USER_KEY")))
                    .map(ChannelAccountEntity::getIntakeUserKey).collect(Collectors.toSet());
            for (Queued queued : taken) {
                AgentComment comment = queued.comment();
                if (!ownUsers.contains(comment.authorKey())) {
                    row(comment.issueId(), origins.get(comment.issueId()))
                            .ifPresent(row -> respond(row, comment.at(), slas.get(comment.issueId())));
                }
            }
            if (!taken.isEmpty()) {
                ao.deleteWithSQL(InsightsResponseEntity.class, "ID IN (" + String.join(", ",
                        java.util.Collections.nCopies(taken.size(), "?")) + ")",
                        taken.stream().map(q -> (Object) (int) q.id()).toArray());
            }
            return null;
        });
    }

    private Optional<InsightsRequestEntity> row(long issueId, RequestOrigin origin) {
        Optional<InsightsRequestEntity> found = InsightsRows.byIssue(ao, issueId);
        if (found.isPresent() || origin == null || origin.serviceDeskId() <= 0 || origin.raisedBySocialDesk()) {
            return found;
        }
        return Optional.of(InsightsRows.fromOrigin(ao, origin, origin.serviceDeskId(),
                origin.createdAt().toEpochMilli()));
    }

    /** The earliest response after the first contact is the first; a contact waiting since before it is answered. */
    private static void respond(InsightsRequestEntity row, Instant at,
                                io.socialdesk.insights.FirstResponseSla.Cycle sla) {
        long when = at.toEpochMilli();
        if (when >= row.getFirstContactAt() && (row.getFirstResponseAt() == null || when < row.getFirstResponseAt())) {
            boolean first = row.getFirstResponseAt() == null;
            row.setFirstResponseAt(when);
            row.setSlaResponseMs(first && sla != null && sla.measured(at) ? sla.elapsed().toMillis() : null);
        }
        if (row.getWaitingSince() != null && row.getWaitingSince() <= when) {
            row.setWaitingSince(null);
        }
        row.save();
    }
}
