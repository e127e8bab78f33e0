package io.socialdesk.surge;

import io.socialdesk.agent.ReplyTarget;
import io.socialdesk.intake.Interaction;
import io.socialdesk.intake.InteractionLog;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestState;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the panel shows about incidents on one request: on an incident, its posts (in and out, with each one's reply
 * of the latest answer) and that answer's progress; on a customer's request, the incident holding its post, or the
 * account's current incident it could be moved into.
 */
@Component
public class IncidentPanel {
    /** Posts listed on an incident's panel; the count is always complete. */
    static final int LISTED = 300;

    public sealed interface View {
    }

    public record None() implements View {
    }

    /** A post of the incident and, if the latest answer has one for it, that reply's state. */
    public record Post(Interaction interaction, SurgeMember decision, Optional<RequestState> request,
                       Optional<IncidentSend> reply) {
    }

    public record Incident(Surge surge, List<Post> posts, int members, Optional<IncidentAnswer> answer)
            implements View {
    }

    /** A customer's request: {@code holding} says whether its post is in the incident or could be moved in. */
    public record Related(Surge surge, Optional<RequestState> incident, long interactionId, boolean holding)
            implements View {
    }

    private final SurgeStore surges;
    private final AnswerStore answers;
    private final InteractionLog log;
    private final RequestDesk desk;
    private final ReplyTarget targets;

    @Inject
    public IncidentPanel(SurgeStore surges, AnswerStore answers, InteractionLog log, RequestDesk desk,
                         ReplyTarget targets) {
        this.surges = surges;
        this.answers = answers;
        this.log = log;
        this.desk = desk;
        this.targets = targets;
    }

    public View of(long issueId) {
        Optional<Surge> incident = surges.byIncident(issueId);
        if (incident.isPresent()) {
            return incident(incident.get());
        }
        List<Long> holding = surges.surgesHolding(issueId);
        if (!holding.isEmpty()) {
            Surge surge = surges.byId(holding.get(0)).orElseThrow();
            long interaction = surges.members(surge.id()).stream()
                    .filter(m -> m.member() && m.issueId().equals(Optional.of(issueId)))
                    .mapToLong(SurgeMember::interactionId).findFirst().orElse(0);
            return new Related(surge, surge.incidentIssueId().flatMap(desk::state), interaction, true);
        }
        return targets.forIssue(issueId).flatMap(target -> surges.active(target.account().id())
                        .filter(surge -> surge.incidentIssueId().isPresent())
                        .map(surge -> (View) new Related(surge, surge.incidentIssueId().flatMap(desk::state),
                                target.post().id(), false)))
                .orElse(new None());
    }

    private Incident incident(Surge surge) {
        List<SurgeMember> decisions = surges.members(surge.id());
        Optional<IncidentAnswer> answer = answers.latest(surge.id());
        Map<Long, IncidentSend> replies = answer.map(a -> answers.sends(a.id())).orElse(List.of()).stream()
                .collect(java.util.stream.Collectors.toMap(IncidentSend::interactionId, s -> s, (a, b) -> b));
        // members first, then the posts SocialDesk left out (an agent may move them in)
        List<SurgeMember> listed = decisions.stream()
                .sorted((a, b) -> Boolean.compare(b.member(), a.member())).limit(LISTED).toList();
        Map<Long, Interaction> posts = log.reload(listed.stream().map(SurgeMember::interactionId).toList());
        List<Post> rows = listed.stream().filter(d -> posts.containsKey(d.interactionId()))
                .map(d -> new Post(posts.get(d.interactionId()), d, d.issueId().flatMap(desk::state),
                        Optional.ofNullable(replies.get(d.interactionId()))))
                .toList();
        int members = (int) decisions.stream().filter(SurgeMember::member).count();
        return new Incident(surge, rows, members, answer);
    }
}
