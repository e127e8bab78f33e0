package io.socialdesk.channel.x;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.ChannelDriver;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.Credentials;
import io.socialdesk.channel.EngagementRead;
import io.socialdesk.channel.FetchResult;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.OutboundReply;
import io.socialdesk.channel.PostKind;
import io.socialdesk.channel.SendResult;
import io.socialdesk.channel.Verification;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * X (API v2) with OAuth 1.0a user tokens: mentions, then direct messages once the mentions are caught up. The
 * account's own user id is the part of its access token before the first '-', as X issues them; its own DMs are never
 * read as customer posts. Nothing is cached between calls.
 */
public final class XDriver implements ChannelDriver {
    private static final String NEED_ALL = "consumer key, consumer secret, access token and secret are needed";

    private final XCalls calls;
    private final XReplies replies;
    private final XCounts counts;
    private final Clock clock;

    public XDriver(HttpEdge edge, Clock clock) {
        this.calls = new XCalls(edge);
        this.replies = new XReplies(calls);
        this.counts = new XCounts(calls, clock);
        this.clock = clock;
    }

    @Override
    public ChannelSpec spec() {
        return XChannel.SPEC;
    }

    @Override
    public FetchResult fetch(URI apiBaseUrl, Credentials credentials, Optional<String> cursor) {
        Optional<XSigner> signer = XSigner.of(credentials);
        if (signer.isEmpty()) {
            return new FetchResult.AuthFailed(NEED_ALL);
        }
        Optional<String> userId = signer.get().ownUserId();
        if (userId.isEmpty()) {
            return new FetchResult.AuthFailed("the access token is not an X user token (<user id>-...)");
        }
        XCursor position = XCursor.parse(cursor);
        Answered mentions = answered(calls.get(apiBaseUrl, "/2/users/" + userId.get() + "/mentions",
                XMentions.query(position), signer.get()), "mentions");
        if (mentions.failure().isPresent()) {
            return mentions.failure().get();
        }
        XMentions.Page page = XMentions.read(mentions.json().orElseThrow());
        // first poll of a new account: start from the newest page; connecting must not import history as requests
        boolean firstPoll = position.since().isEmpty() && !position.paging();
        XCursor after = position.afterMentions(firstPoll ? Optional.empty() : page.nextToken(), page.newestId());
        if (after.paging()) {
            return new FetchResult.Page(page.posts(), Optional.of(after.serialize()), true, Optional.empty(),
                    page.unreadable());
        }
        // mentions are caught up: now the direct messages (15 requests per 15 minutes, so only once per poll)
        List<InboundPost> posts = new ArrayList<>(page.posts());
        List<String> unreadable = new ArrayList<>(page.unreadable());
        Answered dms = answered(calls.get(apiBaseUrl, "/2/dm_events", XDirectMessages.QUERY, signer.get()),
                "direct messages");
        if (dms.json().isPresent()) {
            XDirectMessages.Page messages = XDirectMessages.read(dms.json().get(), userId.get(), position.dm());
            posts.addAll(messages.posts());
            unreadable.addAll(messages.unreadable());
            after = after.afterDirectMessages(messages.newestId());
        } else if (posts.isEmpty() && unreadable.isEmpty()) {
            // nothing to record: report why DMs failed; with mentions in hand they are recorded and DMs retried
            return dms.failure().orElseThrow();
        }
        return new FetchResult.Page(posts, Optional.of(after.serialize()), false, Optional.empty(), unreadable);
    }

    /** {@code GET /2/users/me}: the user the tokens act as, which must be the one the access token names. */
    @Override
    public Verification verify(URI apiBaseUrl, Credentials credentials) {
        Optional<XSigner> signer = XSigner.of(credentials);
        if (signer.isEmpty()) {
            String missing = XSigner.CREDENTIALS.stream()
                    .filter(name -> credentials.get(name).filter(v -> !v.isBlank()).isEmpty()).findFirst()
                    .orElse("accessToken");
            return new Verification.Failed("credentials." + missing, "is required");
        }
        if (signer.get().ownUserId().isEmpty()) {
            return new Verification.Failed("credentials.accessToken",
                    "is not an X user access token (it starts with the user's number and a dash)");
        }
        Exchange exchange = calls.get(apiBaseUrl, "/2/users/me", java.util.Map.of(), signer.get());
        return switch (exchange) {
            case Exchange.Failed failed -> new Verification.Failed("apiBaseUrl", failed.detail());
            case Exchange.Answer answer when answer.status() == 401 || answer.status() == 403 ->
                    new Verification.Failed("credentials.accessToken", "X refused the keys and tokens (HTTP "
                            + answer.status() + "): check all four and that the app has read and write access");
            case Exchange.Answer answer when answer.status() == 402 -> new Verification.Failed("credentials.consumerKey",
                    "X says the developer account has no credit left (HTTP 402)");
            case Exchange.Answer answer when !answer.ok() -> new Verification.Failed("apiBaseUrl",
                    "X answered HTTP " + answer.status());
            case Exchange.Answer answer -> JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                    .flatMap(json -> JsonFields.object(json.getAsJsonObject(), "data"))
                    .flatMap(data -> JsonFields.string(data, "id").filter(PostIds::valid)
                            .map(id -> (Verification) new Verification.Verified(id,
                                    JsonFields.string(data, "username").orElse(""))))
                    .orElseGet(() -> new Verification.Failed("apiBaseUrl", "did not answer like X's API"));
        };
    }

    @Override
    public SendResult reply(URI apiBaseUrl, Credentials credentials, OutboundReply reply) {
        Optional<XSigner> signer = XSigner.of(credentials);
        if (signer.isEmpty()) {
            return new SendResult.Failed(SendResult.SendFailure.AUTH_FAILED, NEED_ALL);
        }
        return reply.kind() == PostKind.DIRECT_MESSAGE ? replies.directMessage(apiBaseUrl, signer.get(), reply)
                : replies.post(apiBaseUrl, signer.get(), reply);
    }

    @Override
    public EngagementRead engagement(URI apiBaseUrl, Credentials credentials, List<String> externalIds) {
        return XSigner.of(credentials).map(signer -> counts.read(apiBaseUrl, signer, externalIds))
                .orElseGet(() -> new EngagementRead.Stopped(Optional.empty(), NEED_ALL));
    }

    /** A JSON object X answered with, or what to report instead. */
    private record Answered(Optional<JsonObject> json, Optional<FetchResult> failure) {
    }

    private Answered answered(Exchange exchange, String what) {
        if (exchange instanceof Exchange.Failed failed) {
            return new Answered(Optional.empty(), Optional.of(new FetchResult.Unavailable(what + ": "
                    + failed.detail())));
        }
        Exchange.Answer answer = (Exchange.Answer) exchange;
        Optional<FetchResult> refused = XFailures.of(answer.status(), answer.header("x-rate-limit-reset"), clock);
        if (refused.isPresent()) {
            return new Answered(Optional.empty(), refused);
        }
        Optional<JsonObject> json = JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject);
        return json.isPresent() ? new Answered(json, Optional.empty())
                : new Answered(Optional.empty(), Optional.of(new FetchResult.Unavailable(
                        "X answered " + what + " with something that is not JSON")));
    }
}
