package io.socialdesk.request;

import io.socialdesk.channel.RequestTarget;
import java.util.Optional;

/**
 * A request to raise for an interaction. {@code onBehalfOf} is the linked Jira customer, if any; otherwise the
 * intake user raises it. {@code actorKey} is the Jira user SocialDesk acts as. The interaction id goes into an issue property so a retry finds the request it created.
 */
public record NewRequest(RequestTarget target, String summary, String description, Optional<String> onBehalfOf,
                         long interactionId, String actorKey) {
}
