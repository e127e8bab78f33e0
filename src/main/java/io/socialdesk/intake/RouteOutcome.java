package io.socialdesk.intake;

import io.socialdesk.automation.SocialEventType;
import io.socialdesk.channel.PostKind;
import java.util.Optional;

/**
 * What routing did with an interaction, kept on it: Automation's event follows this decision, never what the
 * request looks like when the event is published (two posts routed in one run must not both look like follow-ups).
 */
public enum RouteOutcome {
    /** A new request. */
    CREATED,
    /** A follow-up in a conversation already on the request (a reply, a DM in the same conversation). */
    THREAD,
    /** A follow-up that reopened the thread's recently resolved request. */
    REOPENED,
    /** A separate post of the customer merged into their open request by the merge window. */
    MERGED,
    /** A call noted on the customer's open request (an internal note). */
    NOTED,
    /** Kept in the customer's history only (a call with no open request, no request wanted). */
    HISTORY_ONLY,
    /** Not a customer contact (our own post, noise). */
    SKIPPED;

    public Optional<SocialEventType> event(PostKind kind) {
        return switch (this) {
            case CREATED -> Optional.of(kind == PostKind.CALL ? SocialEventType.CALL_LOGGED
                    : SocialEventType.REQUEST_CREATED);
            case THREAD, REOPENED -> Optional.of(SocialEventType.CONTACT_RECEIVED);
            case MERGED -> Optional.of(SocialEventType.CONTACT_MERGED);
            case NOTED -> Optional.of(SocialEventType.CALL_LOGGED);
            case HISTORY_ONLY, SKIPPED -> Optional.empty();
        };
    }
}
