package io.socialdesk.channel.meta;

import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.HttpEdge;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An Instagram professional account linked to a Facebook Page: comments and their replies on the account's newest
 * media ({@code /{ig-user}/media}) and direct messages through the Page ({@code /{page}/conversations?platform=
 * instagram}). Replies in kind: {@code POST /{ig-comment-id}/replies} (Instagram answers top-level comments only; a
 * reply to a reply is refused with that reason) or a message through the Page's Send API. Needs
 * instagram_basic, instagram_manage_comments, instagram_manage_messages and pages_read_engagement.
 */
public final class InstagramDriver implements ChannelDriver {
    static final String COMMENT_FIELDS = "id,timestamp,permalink,caption,comments.limit(50){id,text,timestamp,username,"
            + "from{id,username},replies.limit(50){id,text,timestamp,username,from{id,username}}}";
    static final String MESSAGE_FIELDS = FacebookDriver.MESSAGE_FIELDS;

    private final GraphApi graph;
    private final MetaPolls polls;
    private final MetaMessenger messenger;
    private final MetaCounts counts;

    public InstagramDriver(HttpEdge edge, Clock clock) {
        this.graph = new GraphApi(edge, clock);
        this.polls = new MetaPolls(graph, clock);
        this.messenger = new MetaMessenger(graph);
        this.counts = new MetaCounts(graph, clock, "like_count");
    }

    @Override
    public ChannelSpec spec() {
        return MetaChannels.INSTAGRAM_SPEC;
    }

    @Override
    public FetchResult fetch(URI base, Credentials credentials, Optional<String> cursor) {
        Optional<String> account = credentials.get("igUserId").filter(MetaIds::valid);
        Optional<String> page = credentials.get("pageId").filter(MetaIds::valid);
        Optional<String> token = credentials.get("pageAccessToken");
        if (account.isEmpty() || page.isEmpty() || token.isEmpty()) {
            return new FetchResult.AuthFailed("no Instagram account id, Page id or Page access token configured");
        }
        return polls.poll(base, token.get(), cursor, List.of(
                MetaPolls.Source.of(account.get() + "/media", COMMENT_FIELDS, 25, MetaItems::instagramComments,
                        "timestamp", FacebookDriver.COMMENT_LOOK_BACK),
                MetaPolls.Source.of(page.get() + "/conversations?platform=instagram", MESSAGE_FIELDS, 25,
                        MetaItems::conversations, "updated_time", Duration.ZERO)));
    }

    /** {@code GET /{ig-user-id}?fields=id,username}. */
    @Override
    public Verification verify(URI base, Credentials credentials) {
        Optional<String> account = credentials.get("igUserId").filter(MetaIds::valid);
        if (account.isEmpty()) {
            return new Verification.Failed("credentials.igUserId",
                    "is the Instagram professional account's id (the Page's instagram_business_account)");
        }
        if (credentials.get("pageId").filter(MetaIds::valid).isEmpty()) {
            return new Verification.Failed("credentials.pageId", "is the numeric id of the linked Facebook Page");
        }
        Optional<String> token = credentials.get("pageAccessToken").filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return new Verification.Failed("credentials.pageAccessToken", "is required");
        }
        return FacebookDriver.verified(graph.get(base, account.get() + "?fields=id,username", token.get()),
                "username", "credentials.pageAccessToken", "credentials.igUserId");
    }

    @Override
    public EngagementRead engagement(URI base, Credentials credentials, List<String> externalIds) {
        return counts.read(base, credentials, externalIds);
    }

    @Override
    public SendResult reply(URI base, Credentials credentials, OutboundReply reply) {
        return messenger.replyInKind(base, credentials, reply, "replies", "an Instagram");
    }
}
