package io.socialdesk.request;

import java.util.List;

/**
 * Port to Jira Service Management, seen from a customer: the requests they reported or take part in, whatever
 * channel raised them (portal, e-mail, an agent, the API, SocialDesk), and what they wrote on them. Read as the
 * customer, so a request they may not see is never among them.
 */
public interface CustomerRequests {
    /**
     * The customer's open requests in one service desk, newest first, at most {@code limit}: one lookup. Empty when
     * the customer is not an active user.
     */
    List<OpenRequest> openRequestsOf(String customerKey, int serviceDeskId, int limit);

    /**
     * Whether the customer takes part in the request (its reporter or a participant): they see it in the portal and
     * may comment on it as themselves.
     */
    boolean involves(String customerKey, long issueId);

    /** The customer's own latest public comments on a request, newest first, at most {@code limit}: one lookup. */
    List<String> customerComments(String customerKey, long issueId, int limit);
}
