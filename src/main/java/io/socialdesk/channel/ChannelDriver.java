package io.socialdesk.channel;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Port to one polled network. A driver reads posts and sends replies; it knows the network's API shapes and keeps
 * every vendor type inside its own package. It holds no state: the cursor lives in the database.
 */
public interface ChannelDriver {
    ChannelSpec spec();

    /** Fetches the page of posts after {@code cursor} (the newest posts when there is no cursor yet). */
    FetchResult fetch(URI apiBaseUrl, Credentials credentials, Optional<String> cursor);

    /** The network's identity call with these credentials, for the admin's "Test connection" before saving. */
    Verification verify(URI apiBaseUrl, Credentials credentials);

    /** Posts {@code reply} in the customer's thread: a reply for a public post, a direct message for a DM. */
    SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply);

    /**
     * The public counts of these posts (at most {@link EngagementBudget#postsPerCall()} of them), for viral-risk
     * watching. Only called for channels whose spec declares an {@link EngagementBudget}.
     */
    default EngagementRead engagement(URI apiBaseUrl, Credentials credentials, List<String> externalIds) {
        throw new UnsupportedOperationException(spec().label() + " declares no engagement budget");
    }

    /**
     * The file of {@code media}, where the network serves it only to the account (WhatsApp: by media id, with the
     * account's token); empty for a public address, which is downloaded as it is, without credentials.
     */
    default Optional<io.socialdesk.channel.wire.MediaDownloads.Download> download(URI apiBaseUrl,
                                                                           Credentials credentials, Media media,
                                                                           int limit) {
        return Optional.empty();
    }

    /**
     * The account with these credentials was disconnected or given new ones: whatever the driver keeps for it (a
     * session) goes now, so a later account with the same credentials starts afresh.
     */
    default void forget(URI apiBaseUrl, Credentials credentials) {
    }
}
