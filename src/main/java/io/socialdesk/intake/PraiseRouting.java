package io.socialdesk.intake;

/**
 * Where a post that triage reads as praise goes when it does not continue a conversation already on a request (a
 * "thanks, that fixed it" in a thread stays with its thread, where the agent expects it).
 */
public enum PraiseRouting {
    /** Like any other post: merged into the customer's open request or a new request. */
    REQUEST,
    /**
     * Its own new request, never merged into a complaint: *SocialDesk: praise received* fires on it, so a rule can
     * thank the customer, move it to a praise request type or tell marketing.
     */
    OWN_REQUEST,
    /** Kept in the customer's history only: agents see it in the panel, no request and no Automation event. */
    HISTORY
}
