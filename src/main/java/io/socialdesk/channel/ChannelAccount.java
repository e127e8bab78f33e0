package io.socialdesk.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One company account on one network (an X account, a Mastodon account on an instance). Credentials are not part of
 * this value: they are decrypted only where a driver needs them, so they never travel with what is listed or logged.
 * {@code ownUserId} is the account's own user id on the network: its own posts are never requests.
 * {@code intakeUserKey} is the Jira user SocialDesk acts as for this account (the admin who connected it): it raises
 * requests for authors not linked to a customer, and writes the comments.
 */
public record ChannelAccount(
        long id,
        ChannelKind kind,
        String name,
        URI apiBaseUrl,
        RequestTarget target,
        Duration pollInterval,
        Optional<String> cursor,
        Optional<String> ownUserId,
        String intakeUserKey,
        AccountHealth health) {

    public String lockName() {
        // reverse-DNS, ASCII, well under beehive's 255 characters
        return "io.socialdesk.account." + id;
    }
}
