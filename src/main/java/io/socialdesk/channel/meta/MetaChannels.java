package io.socialdesk.channel.meta;

import io.socialdesk.channel.BulkReplies;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.EngagementBudget;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.ReplyRule;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Facebook Pages and Instagram professional accounts, both through Meta's Graph API with a Page access token. User
 * ids are app-scoped (PSIDs, IGSIDs) but global within the app, so identities are global. Reply lengths: Messenger
 * 2,000 characters, a Page comment 8,000; an Instagram comment 2,200, an Instagram message 1,000.
 */
public final class MetaChannels {
    public static final ChannelKind FACEBOOK = new ChannelKind("facebook");
    public static final ChannelKind INSTAGRAM = new ChannelKind("instagram");
    static final URI GRAPH = URI.create("https://graph.facebook.com");

    /**
     * Graph's limits are usage percentages per Page and app, not counts; 200 replies an hour stays far below the
     * Page's share for an ordinary Page. No idempotency key.
     */
    private static final BulkReplies META_PACE = new BulkReplies(200, Duration.ofHours(1), false);
    /** One comment a call; 30 per 5 minutes is a small share of a Page's hourly call budget. */
    private static final EngagementBudget META_READS = new EngagementBudget(30, Duration.ofMinutes(5), 1);

    public static final ChannelSpec FACEBOOK_SPEC = new ChannelSpec(FACEBOOK, "Facebook",
            "images/channels/facebook.svg", ChannelSpec.Delivery.POLLED,
            List.of(new CredentialSpec("pageId", true, "socialdesk.credential.facebook.pageId"),
                    new CredentialSpec("pageAccessToken", true, "socialdesk.credential.facebook.pageAccessToken"),
                    new CredentialSpec("appSecret", false, "socialdesk.credential.meta.appSecret"),
                    new CredentialSpec("webhookVerifyToken", false, "socialdesk.credential.meta.webhookVerifyToken")),
            ChannelSpec.IdentityScope.GLOBAL, Optional.of(GRAPH), limits(2_000, 8_000),
            credentials -> credentials.get("pageId")).withBulkReplies(META_PACE)
            .withEngagementReads(META_READS);

    public static final ChannelSpec INSTAGRAM_SPEC = new ChannelSpec(INSTAGRAM, "Instagram",
            "images/channels/instagram.svg", ChannelSpec.Delivery.POLLED,
            List.of(new CredentialSpec("igUserId", true, "socialdesk.credential.instagram.igUserId"),
                    new CredentialSpec("pageId", true, "socialdesk.credential.instagram.pageId"),
                    new CredentialSpec("pageAccessToken", true, "socialdesk.credential.instagram.pageAccessToken"),
                    new CredentialSpec("appSecret", false, "socialdesk.credential.meta.appSecret"),
                    new CredentialSpec("webhookVerifyToken", false, "socialdesk.credential.meta.webhookVerifyToken")),
            ChannelSpec.IdentityScope.GLOBAL, Optional.of(GRAPH), limits(1_000, 2_200),
            credentials -> credentials.get("igUserId")).withBulkReplies(META_PACE)
            .withEngagementReads(META_READS);

    private MetaChannels() {
    }

    private static ReplyRule limits(int message, int comment) {
        return (OutboundReply reply) -> {
            int limit = reply.kind() == PostKind.DIRECT_MESSAGE ? message : comment;
            int length = reply.text().codePointCount(0, reply.text().length());
            return length <= limit ? Optional.empty() : Optional.of("this reply has " + length
                    + " characters; " + (reply.kind() == PostKind.DIRECT_MESSAGE ? "a message" : "a comment")
                    + " allows " + limit);
        };
    }
}
