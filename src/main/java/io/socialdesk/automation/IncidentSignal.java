package io.socialdesk.automation;

import io.socialdesk.channel.ChannelKind;
import java.time.Instant;

/**
 * What Automation and JQL get to see about an incident request: the {@code socialdesk} property with
 * {@code incident = yes}, {@code surge = active|ended} and {@code incidentMembers}, and the surge's event.
 */
public record IncidentSignal(long issueId, SocialEventType event, ChannelKind channel, String accountName,
                             boolean active, int members, Instant startedAt, String actorKey) {
}
