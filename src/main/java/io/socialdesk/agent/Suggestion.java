package io.socialdesk.agent;

import java.util.List;

/**
 * "Is this &lt;label&gt;?": a match the agent may confirm. {@code target} is "customer:&lt;Jira user key&gt;" (link the
 * contact to that customer) or "contact:&lt;id&gt;" (the same person already known under another contact: merge).
 * {@code confidence} combines the pieces of evidence as independent (1 - Π(1 - c)).
 */
public record Suggestion(String target, String label, double confidence, List<Evidence> evidence) {
    public static final String CUSTOMER = "customer:";
    public static final String CONTACT = "contact:";

    /** One reason, in words an agent can check against the timeline, with what it alone is worth. */
    public record Evidence(Kind kind, String detail, double confidence) {
    }

    public enum Kind {
        EMAIL_IN_MESSAGE,
        PHONE_IN_MESSAGE,
        CUSTOMER_NUMBER,
        SAME_DISPLAY_NAME,
        SIMILAR_HANDLE
    }
}
