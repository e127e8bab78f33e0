package io.socialdesk.insights;

import java.time.Instant;

/**
 * Where a request came from, as JSM records it: its desk, the channel JSM raised it through ({@code portal},
 * {@code email}, {@code jira} for an agent raising it, {@code api}; {@value #SOCIALDESK} for SocialDesk's own), its
 * request type and when it was created. Read once per request, when the rollup first counts something on it.
 */
public record RequestOrigin(long issueId, int serviceDeskId, String channel, int requestTypeId, Instant createdAt) {
    /** The channel JSM records for requests SocialDesk raises: their channel is the first contact's network. */
    public static final String SOCIALDESK = "socialdesk";

    public boolean raisedBySocialDesk() {
        return SOCIALDESK.equals(channel);
    }
}
