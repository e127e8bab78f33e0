package io.socialdesk.intake;

import io.socialdesk.channel.InboundPost;
import java.util.Optional;

/** A recorded inbound post and how far routing got with it. */
public record Interaction(long id, long accountId, InboundPost post, RoutingStatus status,
                          Optional<Long> contactId, Optional<Long> issueId) {
}
