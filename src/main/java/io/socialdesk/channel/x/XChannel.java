package io.socialdesk.channel.x;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.socialdesk.channel.BulkReplies;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementBudget;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * X as a channel: OAuth 1.0a user tokens of the account SocialDesk answers as, polled, global user ids, and X's own
 * weighted length rule (URLs count 23, CJK and emoji 2) through the official twitter-text library, so the agent
 * learns a reply is too long before X refuses it.
 */
public final class XChannel {
    public static final ChannelKind KIND = new ChannelKind("x");
    static final int LIMIT = 280;
    public static final ChannelSpec SPEC = new ChannelSpec(KIND, "X", "images/channels/x.svg",
            ChannelSpec.Delivery.POLLED, List.of(
                    new CredentialSpec("consumerKey", true, "socialdesk.credential.x.consumerKey"),
                    new CredentialSpec("consumerSecret", true, "socialdesk.credential.x.consumerSecret"),
                    new CredentialSpec("accessToken", true, "socialdesk.credential.x.accessToken"),
                    new CredentialSpec("accessTokenSecret", true, "socialdesk.credential.x.accessTokenSecret")),
            ChannelSpec.IdentityScope.GLOBAL, Optional.of(URI.create("https://api.x.com/")), reply -> {
                TwitterTextParseResults result = TwitterTextParser.parseTweet(reply.text());
                return result.isValid ? Optional.empty() : Optional.of("X allows " + LIMIT
                        + " weighted characters; this reply has " + result.weightedLength);
            }, XChannel::ownUserId)
            // POST /2/tweets allows 100 per 15 minutes per user; half is left for agents' own replies. No idempotency key
            .withBulkReplies(new BulkReplies(50, Duration.ofMinutes(15), false))
            // the posts lookup reads 100 posts a call; 10 calls per 15 minutes, a small share of its per-user limit
            .withEngagementReads(new EngagementBudget(1_000, Duration.ofMinutes(15), XCounts.PER_CALL))
            // up to 4 photos a post, 5 MB each (docs.x.com, media best practices); a DM event takes one attachment
            .withReplyMedia(new io.socialdesk.channel.MediaAllowance(4, 1, 5_000_000));

    /** X user access tokens start with the user's id ("12345-abc…"): the account's own id, for the own-post rule. */
    static Optional<String> ownUserId(Credentials credentials) {
        return credentials.get("accessToken").filter(t -> t.indexOf('-') > 0)
                .map(t -> t.substring(0, t.indexOf('-'))).filter(id -> id.chars().allMatch(Character::isDigit));
    }

    private XChannel() {
    }
}
