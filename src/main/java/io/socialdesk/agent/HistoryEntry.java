package io.socialdesk.agent;

import io.socialdesk.channel.CallDisposition;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.DeliveryReceipt;
import io.socialdesk.channel.PostKind;
import io.socialdesk.intake.Direction;
import io.socialdesk.matching.MatchedBy;
import io.socialdesk.triage.Triage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of a customer's timeline: a post in, a reply out, or a call. {@code failure} is set on a reply the
 * network did not take; {@code callDuration} and {@code disposition} only on calls;
 * {@code triage} on inbound posts routed since triage is kept; {@code matchedBy} and {@code reason} say why an inbound
 * contact is on its request (or why it is new), where routing or an agent said so, and on a reply how it went out
 * where the network needed another way. {@code externalId}: the post's id on its network (names its attachments).
 * {@code delivery}: on a reply, the newest delivery state the network reported.
 */
public record HistoryEntry(long id, ChannelKind channel, Direction direction, PostKind kind, String text,
                           Optional<URI> url, String authorHandle, String authorName, OptionalLong followers,
                           Instant occurredAt, Optional<Long> issueId, Optional<Duration> callDuration,
                           Optional<CallDisposition> disposition, Optional<String> failure,
                           Optional<String> language, Optional<Triage> triage, Optional<MatchedBy> matchedBy,
                           Optional<String> reason, List<io.socialdesk.channel.Media> media,
                           Optional<io.socialdesk.channel.PostContext> context, Optional<Instant> editedAt,
                           String externalId, Optional<DeliveryReceipt.State> delivery) {
}
