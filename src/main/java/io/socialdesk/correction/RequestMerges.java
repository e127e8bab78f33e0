package io.socialdesk.correction;

import io.socialdesk.agent.AgentReplies;
import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.ReplyOutcome;
import io.socialdesk.admin.AdminAudit;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An agent merges a request into another: every contact on it moves (each a {@link ContactMoves} move, so each is
 * exactly once), then the source is linked as a duplicate of the target and, only where the agent asks, resolved
 * through its workflow and the customer told on their channel, from the target.
 */
@Component
public class RequestMerges {
    private final ContactMoves moves;
    private final MoveStore store;
    private final MoveDesk desk;
    private final AgentReplies replies;
    private final AdminAudit audit;

    /** What the agent asked for besides moving the contacts. */
    public record Options(boolean resolve, Optional<String> tellCustomer) {
    }

    /**
     * What happened: how many contacts moved (and how many are still being finished), whether the source was
     * resolved, what the customer was told (or why not).
     */
    public record Merged(int moved, int pending, boolean resolved, Optional<ReplyOutcome> told) {
    }

    public sealed interface Result {
        record Done(Merged merged) implements Result {
        }

        record Refused(ContactMoves.Result why) implements Result {
        }
    }

    @Inject
    public RequestMerges(ContactMoves moves, MoveStore store, MoveDesk desk, AgentReplies replies,
                         AdminAudit audit) {
        this.moves = moves;
        this.store = store;
        this.desk = desk;
        this.replies = replies;
        this.audit = audit;
    }

    public Result merge(IssueAccess.IssueRef source, IssueAccess.IssueRef target, String agentKey, String actorKey,
                        Options options) {
        if (source.id() == target.id()) {
            return new Result.Refused(new ContactMoves.Result.Problem("target", "is this request"));
        }
        int moved = 0;
        int pending = 0;
        List<ContactMoves.Result> refused = new ArrayList<>();
        for (MoveStore.Movable contact : store.onRequest(source.id())) {
            switch (moves.move(source, target, contact.interactionId(), agentKey)) {
                case ContactMoves.Result.Moved m -> moved++;
                case ContactMoves.Result.Pending p -> pending++;
                case ContactMoves.Result.AlreadyThere a -> { }
                case ContactMoves.Result other -> refused.add(other);
            }
        }
        if (!refused.isEmpty()) {
            return new Result.Refused(refused.get(0));
        }
        desk.linkDuplicate(source.id(), target.id(), actorKey);
        boolean resolved = options.resolve() && desk.resolve(source.id(), actorKey);
        Optional<ReplyOutcome> told = options.tellCustomer().map(text -> replies.send(target, agentKey, text));
        audit.record(AdminAudit.Change.REQUESTS_MERGED, Map.of("socialdesk.audit.attr.from", source.key(),
                "socialdesk.audit.attr.to", target.key(), "socialdesk.audit.attr.agent", agentKey));
        return new Result.Done(new Merged(moved, pending, resolved, told));
    }
}
