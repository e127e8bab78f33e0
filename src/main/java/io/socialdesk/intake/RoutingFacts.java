package io.socialdesk.intake;

import io.socialdesk.matching.CandidateRequest;
import io.socialdesk.matching.RequestMatcher;
import io.socialdesk.matching.TopicWords;
import io.socialdesk.request.RequestState;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What is known about an interaction when routing it: whether the account itself wrote it, the request of its thread,
 * and (read only when a rule needs them) the customer's open requests in the account's service desk.
 */
public record RoutingFacts(boolean ownPost, Optional<RequestState> thread, Supplier<Candidates> candidates) {
    /**
     * The customer's open requests in the account's service desk, whatever channel raised them (from Jira for a linked
     * customer, from SocialDesk's records otherwise), newest first; {@code conversation}: their request SocialDesk
     * contacted them on last, if it is open; {@code comments}: their comments on a request, read on demand;
     * {@code words}: the stems of the texts the pass compared already (the pass's own, never shared between passes).
     */
    public record Candidates(List<CandidateRequest> requests, Optional<CandidateRequest> conversation,
                             RequestMatcher.Comments comments, TopicWords words) {
        public Candidates(List<CandidateRequest> requests, Optional<CandidateRequest> conversation,
                          RequestMatcher.Comments comments) {
            this(requests, conversation, comments, new TopicWords());
        }
    }
}
