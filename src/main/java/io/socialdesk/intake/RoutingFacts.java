package io.socialdesk.intake;

import io.socialdesk.request.RequestState;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a post when routing it: whether the account itself wrote it, the request of its thread, and
 * the requests its contact is on (on any channel).
 */
public record RoutingFacts(boolean ownPost, Optional<RequestState> thread, List<RequestState> contactRequests,
                           int targetServiceDeskId) {
}
