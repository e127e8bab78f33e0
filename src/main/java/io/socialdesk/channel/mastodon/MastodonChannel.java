package io.socialdesk.channel.mastodon;

import io.socialdesk.channel.BulkReplies;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.EngagementBudget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Mastodon as a channel: a user token on one instance, polled; account ids are the instance's own row ids, so
 * identities carry the instance. A status has at most 500 characters on a default instance, counted on what is
 * posted: the customer's handle SocialDesk puts first included.
 */
public final class MastodonChannel {
    public static final ChannelKind KIND = new ChannelKind("mastodon");
    static final int LIMIT = 500;
    public static final ChannelSpec SPEC = new ChannelSpec(KIND, "Mastodon", "images/channels/mastodon.svg",
            ChannelSpec.Delivery.POLLED,
            List.of(new CredentialSpec("accessToken", true, "socialdesk.credential.mastodon.accessToken")),
            ChannelSpec.IdentityScope.INSTANCE, Optional.empty(), reply -> {
                String posted = MastodonReplies.withMention(reply);
                int length = posted.codePointCount(0, posted.length());
                return length <= LIMIT ? Optional.empty() : Optional.of("Mastodon allows " + LIMIT
                        + " characters, the customer's handle included; this reply has " + length);
            }, ChannelSpec.NO_HINT)
            // Mastodon allows 300 statuses per 3 hours per account; half is left for agents' own replies.
            // Statuses honour Idempotency-Key (kept for an hour)
            .withBulkReplies(new BulkReplies(150, Duration.ofHours(3), true))
            // all of /api/* shares 300 calls per 5 minutes per account; a tenth goes to re-reading counts
            .withEngagementReads(new EngagementBudget(30, Duration.ofMinutes(5), 1))
            // 4 attachments a status; images up to the instance's image_size_limit, 16 MiB by default
            // (docs.joinmastodon.org, methods/instance: configuration.media_attachments); a direct reply is a status
            .withReplyMedia(new io.socialdesk.channel.MediaAllowance(4, 4, 16L * 1024 * 1024))
            .withDeletedPosts(io.socialdesk.channel.DeletedPosts.MAY_STAY);

    private MastodonChannel() {
    }
}
