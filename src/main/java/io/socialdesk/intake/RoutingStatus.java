package io.socialdesk.intake;

/**
 * RECEIVED: stored, nothing done yet. ROUTING: an effect on JSM may have happened (a retry first looks for it).
 * ROUTED: on a request. SKIPPED: deliberately not on a request, with a reason.
 */
public enum RoutingStatus {
    RECEIVED,
    ROUTING,
    ROUTED,
    SKIPPED
}
