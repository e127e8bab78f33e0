package io.socialdesk.intake;

/**
 * RECEIVED: stored, nothing done yet. ROUTING: an effect on JSM may have happened (a retry first looks for it).
 * ROUTED: on a request. SKIPPED: deliberately not on a request, with a reason. Our own replies (OUTBOUND) are
 * SENDING until the network answers, then SENT or FAILED; routing never picks them up.
 */
public enum RoutingStatus {
    RECEIVED,
    ROUTING,
    ROUTED,
    SKIPPED,
    SENDING,
    SENT,
    FAILED
}
