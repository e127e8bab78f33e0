package io.socialdesk.matching;

import io.socialdesk.request.OpenRequest;
import io.socialdesk.request.RequestState;
import java.util.List;

/**
 * An open request of the customer a post may belong on: what Jira says of it ({@code summary}, {@code description};
 * empty for a request only SocialDesk's own records know) and what the customer said on it through SocialDesk
 * ({@code posts}, newest first).
 */
public record CandidateRequest(RequestState state, String summary, String description, List<String> posts) {
    public CandidateRequest {
        posts = List.copyOf(posts);
    }

    public static CandidateRequest of(OpenRequest request, List<String> posts) {
        return new CandidateRequest(request.state(), request.summary(), request.description(), posts);
    }

    /** A request known from SocialDesk's own records only (a customer not linked to a Jira user). */
    public static CandidateRequest known(RequestState state, List<String> posts) {
        return new CandidateRequest(state, "", "", posts);
    }

    public String key() {
        return state.key();
    }

    public long issueId() {
        return state.issueId();
    }
}
