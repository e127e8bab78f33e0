package io.socialdesk.intake;

/**
 * How far routing got with an inbound interaction. RECEIVED: stored, nothing done yet. ROUTING: an effect on JSM may
 * have happened (a retry first looks for it). ROUTED: on a request, or deliberately in the history only. SKIPPED:
 * deliberately not a contact at all (our own post, noise), with a reason. Replies have their own status.
 */
public enum RoutingStatus {
    RECEIVED,
    ROUTING,
    ROUTED,
    SKIPPED;

    public boolean pending() {
        return this == RECEIVED || this == ROUTING;
    }
}
