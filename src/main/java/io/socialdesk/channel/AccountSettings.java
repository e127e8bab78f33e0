package io.socialdesk.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What an admin sets on a channel account (everything but secrets, cursor and health). A pushed channel (a phone
 * line) has no API URL and no poll interval.
 */
public record AccountSettings(ChannelKind kind, String name, Optional<URI> apiBaseUrl, RequestTarget target,
                              Optional<Duration> pollInterval, boolean enabled, Optional<String> ownUserId) {
    /** A polled account: an API address and an interval. */
    public static AccountSettings polled(ChannelKind kind, String name, URI apiBaseUrl, RequestTarget target,
                                         Duration pollInterval) {
        return new AccountSettings(kind, name, Optional.of(apiBaseUrl), target, Optional.of(pollInterval), true,
                Optional.empty());
    }
}
