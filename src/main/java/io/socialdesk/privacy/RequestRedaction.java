package io.socialdesk.privacy;

/**
 * Port to Jira: undoes what SocialDesk wrote there for one interaction, found through the markers intake leaves (the
 * created request's and each comment's entity property), so only SocialDesk's own text is touched, never an agent's.
 */
public interface RequestRedaction {
    /** What was redacted for one interaction. */
    record Redacted(int requests, int comments, int refused) {
        public static final Redacted NOTHING = new Redacted(0, 0, 0);

        public Redacted plus(Redacted other) {
            return new Redacted(requests + other.requests, comments + other.comments, refused + other.refused);
        }
    }

    /**
     * Replaces the summary and description of the request created for the interaction, and the body of the comment
     * added for it, with {@code note}; removes the {@code socialdesk} property (it names the author) from the request
     * the interaction was routed to. Acts as {@code actorKey}. Safe to repeat.
     */
    default Redacted redact(long interactionId, java.util.Optional<Long> issueId, String actorKey, String note) {
        return redact(interactionId, issueId, actorKey, ERASED_SUMMARY, note);
    }

    /** The same, with {@code summary} as the created request's new summary. */
    Redacted redact(long interactionId, java.util.Optional<Long> issueId, String actorKey, String summary,
                    String note);

    /** The summary of a request whose contact was erased. */
    String ERASED_SUMMARY = "Social contact (erased at the customer's request)";
}
