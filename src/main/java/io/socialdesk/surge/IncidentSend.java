package io.socialdesk.surge;

import java.util.Optional;

/** One personal reply of an incident answer to one customer's post. */
public record IncidentSend(long id, long answerId, long interactionId, long issueId, Status status,
                           Optional<Long> replyId, Optional<String> failure) {
    public enum Status {
        /** Not sent yet. */
        PENDING,
        /** Handed to the network; a crash here leaves it in doubt until resolved. */
        SENDING,
        SENT,
        FAILED,
        /** A crash came between the network and SocialDesk's record on a network without idempotency keys. */
        IN_DOUBT,
        /** The answer was cancelled, or the post moved out of the incident, before this was sent. */
        CANCELLED
    }
}
