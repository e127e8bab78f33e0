package io.socialdesk.intake;

import io.socialdesk.request.RequestState;
import java.util.Optional;

/**
 * What is known about an interaction when routing it: whether the account itself wrote it, the request of its thread,
 * and the customer's most recently contacted open request in the account's service desk (on any channel).
 */
public record RoutingFacts(boolean ownPost, Optional<RequestState> thread, Optional<RequestState> openRequest) {
}
