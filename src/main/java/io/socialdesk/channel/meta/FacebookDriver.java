package io.socialdesk.channel.meta;

import com.google.gson.JsonElement;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Facebook Page: Messenger conversations ({@code /{page}/conversations?platform=messenger}) and comments on the
 * Page's newest posts ({@code /{page}/feed} with {@code comments.filter(stream)}), each comment threaded on its post.
 * Replies in kind: a Messenger message ({@link MetaMessenger}, with the messaging window's rule), or a comment reply
 * ({@code POST /{comment-id}/comments}). Needs a Page token with pages_messaging, pages_read_engagement,
 * pages_read_user_content and pages_manage_engagement.
 */
public final class FacebookDriver implements ChannelDriver {
    static final String MESSAGE_FIELDS = "id,updated_time,messages.limit(25){id,message,from,created_time,"
            + MetaMedia.MESSAGE_FIELDS + "}";
    static final String COMMENT_FIELDS = "id,created_time,message,comments.filter(stream).order(reverse_chronological)"
            + ".limit(50){id,message,from,created_time,parent{id},permalink_url," + MetaMedia.COMMENT_FIELDS + "}";

    /** Comments are read on posts made up to two weeks before the last poll: where new comments mostly land. */
    static final Duration COMMENT_LOOK_BACK = Duration.ofDays(14);

    private final GraphApi graph;
    private final MetaPolls polls;
    private final MetaMessenger messenger;
    private final MetaCounts counts;

    public FacebookDriver(HttpEdge edge, Clock clock) {
        this.graph = new GraphApi(edge, clock);
        this.polls = new MetaPolls(graph, clock);
        this.messenger = new MetaMessenger(graph);
        this.counts = new MetaCounts(graph, clock, "like_count,comment_count");
    }

    @Override
    public ChannelSpec spec() {
        return MetaChannels.FACEBOOK_SPEC;
    }

    @Override
    public FetchResult fetch(URI base, Credentials credentials, Optional<String> cursor) {
        Optional<String> page = credentials.get("pageId").filter(MetaIds::valid);
        Optional<String> token = credentials.get("pageAccessToken");
        if (page.isEmpty() || token.isEmpty()) {
            return new FetchResult.AuthFailed("no Page id or Page access token configured");
        }
        return polls.poll(base, token.get(), cursor, List.of(
                MetaPolls.Source.of(page.get() + "/conversations?platform=messenger", MESSAGE_FIELDS, 25,
                        MetaItems::conversations, "updated_time", Duration.ZERO),
                MetaPolls.Source.of(page.get() + "/feed", COMMENT_FIELDS, 25, MetaItems::facebookComments,
                        "created_time", COMMENT_LOOK_BACK)));
    }

    /** {@code GET /{page-id}?fields=id,name}: the Page the token acts for. */
    @Override
    public Verification verify(URI base, Credentials credentials) {
        Optional<String> page = credentials.get("pageId").filter(MetaIds::valid);
        if (page.isEmpty()) {
            return new Verification.Failed("credentials.pageId", "is the Page's numeric id (Page › About)");
        }
        Optional<String> token = credentials.get("pageAccessToken").filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            return new Verification.Failed("credentials.pageAccessToken", "is required");
        }
        return verified(graph.get(base, page.get() + "?fields=id,name", token.get()), "name",
                "credentials.pageAccessToken", "credentials.pageId");
    }

    @Override
    public EngagementRead engagement(URI base, Credentials credentials, List<String> externalIds) {
        return counts.read(base, credentials, externalIds);
    }

    @Override
    public SendResult reply(URI base, Credentials credentials, OutboundReply reply) {
        return messenger.replyInKind(base, credentials, reply, "comments", "a Facebook");
    }

    /** Shared with Instagram: an identity call's answer as the console's "Test connection" shows it. */
    static Verification verified(Exchange exchange, String nameField, String tokenField, String idField) {
        if (exchange instanceof Exchange.Failed failed) {
            return new Verification.Failed("apiBaseUrl", failed.detail());
        }
        Exchange.Answer answer = (Exchange.Answer) exchange;
        if (!answer.ok()) {
            GraphError error = GraphError.of(answer);
            return new Verification.Failed(error.kind() == GraphError.Kind.REFUSED ? idField : tokenField,
                    error.describe());
        }
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .flatMap(json -> JsonFields.string(json, "id").map(id -> (Verification) new Verification.Verified(id,
                        JsonFields.string(json, nameField).orElse(""))))
                .orElseGet(() -> new Verification.Failed("apiBaseUrl", "did not answer like Meta's Graph API"));
    }
}
