package io.socialdesk.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What an admin sets on a channel account (everything but secrets, cursor and health). */
public record AccountSettings(ChannelKind kind, String name, URI apiBaseUrl, RequestTarget target,
                              Duration pollInterval, boolean enabled, Optional<String> ownUserId) {
}
