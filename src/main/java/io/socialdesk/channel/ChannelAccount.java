package io.socialdesk.channel;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One company account on one network (an X account, a Mastodon account on an instance) or one phone line.
 * Credentials are not part of this value: they are decrypted only where a driver needs them, so they never travel
 * with what is listed or logged. {@code ownUserId} is the account's own user id on the network: its own posts are
 * never requests. {@code intakeUserKey} is the Jira user SocialDesk acts as for this account (the admin who connected
 * it): it raises requests for authors not linked to a customer, and writes the comments. A polled account has an API
 * URL, a poll interval and a cursor; a pushed one (a phone line) has none of them. {@code historyFrom}: its first poll
 * takes in nothing older (connecting never imports the network's backlog unless the admin asked for some hours).
 */
public record ChannelAccount(
        long id,
        ChannelKind kind,
        String name,
        Optional<URI> apiBaseUrl,
        RequestTarget target,
        Optional<Duration> pollInterval,
        Optional<String> cursor,
        Optional<String> ownUserId,
        String intakeUserKey,
        AccountHealth health,
        Optional<java.time.Instant> historyFrom) {

    /** The API this polled account talks to; a pushed account has none, and asking is a bug. */
    public URI api() {
        return apiBaseUrl.orElseThrow(() -> new IllegalStateException("account " + id + " (" + kind
                + ") is pushed to and has no API"));
    }

    public Duration interval() {
        return pollInterval.orElseThrow(() -> new IllegalStateException("account " + id + " (" + kind
                + ") is pushed to and is never polled"));
    }

    /** Where the account's user ids are unique: its API host (an instance-scoped network's server). */
    public String instance() {
        return apiBaseUrl.map(URI::getHost).orElse("");
    }
}
