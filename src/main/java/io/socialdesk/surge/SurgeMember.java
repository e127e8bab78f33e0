package io.socialdesk.surge;

import java.util.Optional;

/**
 * SocialDesk's decision about one post of a surge: in or out of the incident, by similarity, or moved by an agent
 * ({@code movedBy}).
 */
public record SurgeMember(long surgeId, long interactionId, Optional<Long> issueId, double similarity,
                          boolean member, Optional<String> movedBy) {
}
