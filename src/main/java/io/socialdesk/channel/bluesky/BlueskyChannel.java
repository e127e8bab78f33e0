package io.socialdesk.channel.bluesky;

import io.socialdesk.channel.BulkReplies;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.EngagementBudget;
import io.socialdesk.channel.PostKind;
import java.net.URI;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Bluesky (AT Protocol) as a channel: a handle and an app password, polled through the account's PDS (bsky.social by
 * default); user ids are DIDs, the same on every server. A post has at most 300 graphemes (what a reader sees as one
 * character, an emoji with its modifiers included), counted on what is posted: the customer's handle first.
 */
public final class BlueskyChannel {
    public static final ChannelKind KIND = new ChannelKind("bluesky");
    static final int LIMIT = 300;
    /** The chat service's limit for one direct message. */
    static final int MESSAGE_LIMIT = 1_000;
    public static final ChannelSpec SPEC = new ChannelSpec(KIND, "Bluesky", "images/channels/bluesky.svg",
            ChannelSpec.Delivery.POLLED,
            List.of(new CredentialSpec("identifier", true, "socialdesk.credential.bluesky.identifier"),
                    new CredentialSpec("appPassword", true, "socialdesk.credential.bluesky.appPassword")),
            ChannelSpec.IdentityScope.GLOBAL, Optional.of(URI.create("https://bsky.social")), reply -> {
                boolean message = reply.kind() == PostKind.DIRECT_MESSAGE;
                int limit = message ? MESSAGE_LIMIT : LIMIT;
                int length = graphemes(BlueskyReplies.withMention(reply));
                // Bluesky counts what a reader sees as one character (an emoji, a letter with its accent)
                return length <= limit ? Optional.empty() : Optional.of("Bluesky allows " + limit
                        + " characters as people see them (an emoji or a letter with its accent counts once)"
                        + (message ? " in a direct message" : ", the customer's handle included") + "; this reply has "
                        + length);
            }, ChannelSpec.NO_HINT)
            // 5,000 write points an hour, a post costs 3 (about 1,600 posts); well under half of it. No idempotency key
            .withBulkReplies(new BulkReplies(600, Duration.ofHours(1), false))
            // 3,000 calls per 5 minutes per IP; 25 getPosts calls of 25 posts each leave nearly all of it to polling
            .withEngagementReads(new EngagementBudget(625, Duration.ofMinutes(5), BlueskyCounts.PER_CALL))
            // app.bsky.embed.images: at most 4 images of at most 1,000,000 bytes; chat messages embed no images
            .withReplyMedia(new io.socialdesk.channel.MediaAllowance(4, 0, 1_000_000))
            .withDeletedPosts(io.socialdesk.channel.DeletedPosts.MAY_STAY);

    private BlueskyChannel() {
    }

    /** Extended grapheme clusters, as the JDK's BreakIterator counts them since Java 20. */
    static int graphemes(String text) {
        BreakIterator breaks = BreakIterator.getCharacterInstance();
        breaks.setText(text);
        int count = 0;
        while (breaks.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
