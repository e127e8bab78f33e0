package io.socialdesk.automation;

import io.socialdesk.channel.ChannelKind;
import java.time.Instant;
import io.socialdesk.triage.Triage;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Automation and JQL get to see about a request after a social contact: the issue property {@code socialdesk}
 * (indexed, see the descriptor's index-document-configuration) and the event to fire. {@code matchedBy}: why the
 * newest contact is on the request (key, topic, conversation, thread, customer, agent); none on a request it created.
 * {@code effort}: the insights' counts of the request, once the rollup has counted it.
 */
public record IssueSignal(long issueId, SocialEventType event, ChannelKind channel, String authorHandle,
                          OptionalLong followers, int interactionCount, Instant lastInboundAt,
                          boolean hasPhoneContact, String actorKey, Optional<Triage> triage,
                          Optional<String> matchedBy, Optional<Effort> effort) {
    /**
     * What the customer's contacts on the open request cost them, as the insights rollup counted it: since when the
     * newest has waited for an answer (empty: answered), how many contacts on how many channels.
     */
    public record Effort(Optional<Instant> waitingSince, int contactsWhileOpen, int channelsWhileOpen) {
    }

    /** A signal without the effort fields (none counted yet). */
    public IssueSignal(long issueId, SocialEventType event, ChannelKind channel, String authorHandle,
                       OptionalLong followers, int interactionCount, Instant lastInboundAt, boolean hasPhoneContact,
                       String actorKey, Optional<Triage> triage, Optional<String> matchedBy) {
        this(issueId, event, channel, authorHandle, followers, interactionCount, lastInboundAt, hasPhoneContact,
                actorKey, triage, matchedBy, Optional.empty());
    }
}
