package io.socialdesk.intake;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.triage.Triage;
import java.util.Optional;

/**
 * A recorded inbound contact (a post or a call) and how far the pipeline got with it; {@code triage} is kept from
 * the routing of a post (none before it, none for calls), {@code placement} from its routing or an agent's move.
 * {@code channel} is kept on the row, so the history of a disconnected account still knows where its contacts came
 * from.
 */
public record Interaction(long id, long accountId, ChannelKind channel, InboundPost post, RoutingStatus status,
                          Optional<Long> contactId, Optional<Long> issueId, Optional<RouteOutcome> outcome,
                          Optional<CallDisposition> disposition, boolean published,
                          Optional<Triage> triage, Placement placement) {

    /** This interaction, now at {@code now} (another node moved it on, or an attempt began routing it). */
    public Interaction withStatus(RoutingStatus now) {
        return new Interaction(id, accountId, channel, post, now, contactId, issueId, outcome, disposition, published,
                triage, placement);
    }

    /** This interaction, published or not as {@code done} says. */
    public Interaction withPublished(boolean done) {
        return new Interaction(id, accountId, channel, post, status, contactId, issueId, outcome, disposition, done,
                triage, placement);
    }

    /** This interaction as routing stored it for {@code contactId} ({@link InteractionLog#markDone}). */
    public Interaction routed(long contactId, InteractionLog.Done done) {
        return new Interaction(id, accountId, channel, post,
                done.outcome() == RouteOutcome.SKIPPED ? RoutingStatus.SKIPPED : RoutingStatus.ROUTED,
                Optional.of(contactId), done.issueId(), Optional.of(done.outcome()), disposition, false,
                done.triage(), done.placement());
    }
}
