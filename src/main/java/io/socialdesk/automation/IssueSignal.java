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
 */
public record IssueSignal(long issueId, SocialEventType event, ChannelKind channel, String authorHandle,
                          OptionalLong followers, int interactionCount, Instant lastInboundAt,
                          boolean hasPhoneContact, String actorKey, Optional<Triage> triage,
                          Optional<String> matchedBy) {
}
