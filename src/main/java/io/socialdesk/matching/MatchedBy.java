package io.socialdesk.matching;

import java.util.Locale;

/**
 * Why a contact landed on the request it is on, kept with its outcome: the panel and the request's comment say it
 * in words, the {@code socialdesk} property carries {@link #key()} as {@code matchedBy} for JQL and Automation.
 */
public enum MatchedBy {
    /** A reply or message in a conversation already on the request. */
    THREAD,
    /** The post names the request's key (CS-1, "ticket cs 1", a link to it). */
    KEY,
    /** The post is about what the request is about. */
    TOPIC,
    /** The customer's SocialDesk conversation, updated within the merge window. */
    CONVERSATION,
    /** A call, noted on the customer's most recently updated open request. */
    CUSTOMER,
    /** An agent moved it here. */
    AGENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
