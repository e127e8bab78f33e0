package io.socialdesk.channel;

import java.util.Optional;

/**
 * A network's rule for what may be posted as a reply, checked before sending so the agent can shorten the reply
 * instead of reading a refusal. {@code reply} is what the driver will send (the recipient is known, so a rule can
 * count a prefix the driver adds).
 */
@FunctionalInterface
public interface ReplyRule {
    /** Channels that cannot be answered in writing (calls). */
    ReplyRule NO_REPLIES = reply -> Optional.of("this channel cannot be replied to in writing");

    Optional<String> problem(OutboundReply reply);
}
