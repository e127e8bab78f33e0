package io.socialdesk.matching;

/**
 * Whether a customer's new post joins their SocialDesk conversation of the last hours when neither its key nor its
 * topic placed it: the admin's choice in the routing settings.
 */
public enum ConversationMerge {
    /** Always (SocialDesk 1.x's only rule): any post within the merge window joins the conversation. */
    ALWAYS,
    /**
     * Only when it continues the conversation: it is about the same thing, or it has no subject of its own ("any
     * update?", "thanks!"); a post about something else becomes its own request.
     */
    SAME_TOPIC,
    /** Never: every post that neither names nor shares a request's topic is a new request. */
    NEVER
}
