package io.socialdesk.automation;

/**
 * SocialDesk's Jira event types. Rule authors pick them in Automation's "Multiple issue events" trigger and branch
 * on {@code {{eventType}}}; the names are what they see, so they never change once released.
 */
public enum SocialEventType {
    REQUEST_CREATED("SocialDesk: request created", "A social post or call became a new request"),
    CONTACT_MERGED("SocialDesk: contact merged", "A social post or call was added to an existing request"),
    CONTACT_RECEIVED("SocialDesk: contact received", "A customer continued a conversation already on the request"),
    REPLY_SENT("SocialDesk: reply sent", "An agent's reply was posted on the customer's channel"),
    REPLY_FAILED("SocialDesk: reply failed", "An agent's reply could not be posted on the customer's channel"),
    CALL_LOGGED("SocialDesk: call logged", "A phone call was added to the customer's history"),
    PRAISE_RECEIVED("SocialDesk: praise received", "A customer's post on the request reads as praise"),
    SURGE_STARTED("SocialDesk: surge started", "Posts to an account surged; this request is the surge's incident"),
    SURGE_ENDED("SocialDesk: surge ended", "The surge of this incident request is over"),
    VIRAL_RISK("SocialDesk: viral risk", "A customer's post on this request is spreading beyond its author's reach"),
    CONTACT_MOVED("SocialDesk: contact moved", "An agent moved a social post or call to this request"),
    WAITING_TOO_LONG("SocialDesk: waiting too long",
            "A customer's contact on this request has had no answer for longer than the response target"),
    REPEAT_CONTACT("SocialDesk: repeat contact",
            "The customer contacted this open request again and again, or on several channels");

    private final String displayName;
    private final String description;

    SocialEventType(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }
}
