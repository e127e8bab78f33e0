package io.socialdesk.surge;

import io.socialdesk.agent.ReplyText;
import io.socialdesk.intake.AccountVisits;
import io.socialdesk.intake.ClusterLocks;
import io.socialdesk.intake.LockNames;
import io.socialdesk.request.RequestDesk;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an agent does with an incident: move a post in or out (its request is linked to the incident or unlinked;
 * a reply not yet sent to it is cancelled), and answer every post in it at once, then pause, resume or cancel the
 * sending. Answers as values: the field and reason of a refusal, for the panel.
 */
@Component
public class IncidentActions {
    public static final int MAX_ANSWER = 2_000;

    public sealed interface Result {
    }

    public record Done(Optional<Long> answerId) implements Result {
    }

    public record Refused(String field, String message) implements Result {
    }

    /**
     * An answer to the incident is being sent already (started by another agent, another node, or a repeated click):
     * none is started; {@code answerId} is the running one.
     */
    public record Running(long answerId) implements Result {
    }

    /** Starting waited for another start of the same incident's answer for too long; nothing was started. */
    private static final Duration START_WAIT = Duration.ofSeconds(5);

    public enum Control {
        PAUSE,
        RESUME,
        CANCEL
    }

    private final SurgeStore surges;
    private final AnswerStore answers;
    private final RequestDesk desk;
    private final ClusterLocks locks;
    private final AccountVisits visits;
    private final Clock clock;

    @Inject
    public IncidentActions(SurgeStore surges, AnswerStore answers, RequestDesk desk, ClusterLocks locks,
                           AccountVisits visits, Clock clock) {
        this.surges = surges;
        this.answers = answers;
        this.desk = desk;
        this.locks = locks;
        this.visits = visits;
        this.clock = clock;
    }

    /** Moves the post {@code interactionId} of the surge whose incident or member request is {@code issueId}. */
    public Result move(long surgeId, long interactionId, long issueId, boolean in, String agentKey) {
        Optional<Surge> surge = surges.byId(surgeId);
        if (surge.isEmpty() || surge.get().incidentIssueId().isEmpty()) {
            return new Refused("issueKey", "this request has no incident");
        }
        long incident = surge.get().incidentIssueId().get();
        if (issueId == incident) {
            return new Refused("interactionId", "the incident request itself holds no customer post");
        }
        surges.move(surgeId, interactionId, issueId, in, agentKey);
        if (in) {
            desk.link(issueId, incident, agentKey);
        } else {
            answers.cancelPending(surgeId, interactionId);
            boolean stillHolds = surges.members(surgeId).stream()
                    .anyMatch(m -> m.member() && m.issueId().equals(Optional.of(issueId)));
            if (!stillHolds) {
                desk.unlink(issueId, incident, agentKey);
            }
        }
        return new Done(Optional.empty());
    }

    /** One answer to every post in the incident now; refused while an earlier answer is still being sent. */
    public Result answer(long incidentIssueId, String text, String agentKey) {
        Optional<Surge> surge = surges.byIncident(incidentIssueId);
        if (surge.isEmpty()) {
            return new Refused("issueKey", "this request is not an incident");
        }
        if (text == null || ReplyText.visible(text).isEmpty()) {
            return new Refused("text", "the answer is empty");
        }
        if (text.length() > MAX_ANSWER) {
            return new Refused("text", "the answer has " + text.length() + " characters; at most " + MAX_ANSWER);
        }
        // the check for a running answer and the start of a new one are one step across the cluster: two agents
        // (or one double click on two nodes) never both start one
        long surgeId = surge.get().id();
        return locks.tryWith(LockNames.incidentAnswer(surgeId), START_WAIT, () -> {
            Optional<IncidentAnswer> running = answers.latest(surgeId)
                    .filter(a -> a.state() == IncidentAnswer.State.SENDING || a.state() == IncidentAnswer.State.PAUSED);
            if (running.isPresent()) {
                return (Result) new Running(running.get().id());
            }
            List<SurgeMember> to = surges.members(surgeId).stream().filter(SurgeMember::member).toList();
            if (to.isEmpty()) {
                return new Refused("text", "no post is in this incident");
            }
            long answerId = answers.start(surgeId, surge.get().accountId(), text.strip(), agentKey, to,
                    clock.instant());
            visits.wake(surge.get().accountId()); // the intake job sends the replies, paced
            return new Done(Optional.of(answerId));
        }).orElseGet(() -> answers.latest(surgeId).<Result>map(a -> new Running(a.id()))
                .orElse(new Refused("text", "another answer is being started; try again in a moment")));
    }

    public Result control(long incidentIssueId, Control control) {
        Optional<IncidentAnswer> answer = surges.byIncident(incidentIssueId)
                .flatMap(surge -> answers.latest(surge.id()));
        if (answer.isEmpty()) {
            return new Refused("issueKey", "this incident has no answer");
        }
        IncidentAnswer.State state = answer.get().state();
        boolean open = state == IncidentAnswer.State.SENDING || state == IncidentAnswer.State.PAUSED;
        if (!open) {
            return new Refused("action", "the answer is " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        answers.state(answer.get().id(), switch (control) {
            case PAUSE -> IncidentAnswer.State.PAUSED;
            case RESUME -> IncidentAnswer.State.SENDING;
            case CANCEL -> IncidentAnswer.State.CANCELLED;
        });
        if (control == Control.RESUME) {
            surges.byIncident(incidentIssueId).ifPresent(surge -> visits.wake(surge.accountId()));
        }
        return new Done(Optional.of(answer.get().id()));
    }
}
